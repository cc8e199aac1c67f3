# Plenary, English. Every string a person reads in the app is here.
# Sentence case, no trailing period on one-line labels.

window-title = { $title } — Plenary
window-title-unsaved = ● { $title } — Plenary

## Phases of a session (the phase bar)
view-setup = Setup
view-panel = Panel
view-break-out = Break-out
view-synthesis = Synthesis
view-plenary = Plenary
view-report = Report


## Menus and commands
menu-file = File
menu-edit = Edit
menu-recent = Recent files
menu-recent-none = No recent files
command-new-blank = New blank session
command-new = New from template
command-open = Open…
command-save = Save
command-save-as = Save as…
command-quit = Quit
command-undo = Undo
command-zoom-in = Larger text
command-zoom-out = Smaller text
command-zoom-reset = Text at its usual size
command-redo = Redo

dialog-open-title = Open a session
dialog-save-title = Save the session
dialog-filter-session = Plenary session
dialog-save-group-title = Save the group file
dialog-import-title = Import group files
dialog-export-title = Export the plenary report
dialog-watch-title = Watch a folder for group files
chooser-folder = Folder
chooser-up = Up
chooser-up-hint = The folder that holds this one
chooser-places = Places
chooser-session-folder = This session's folder
chooser-home = Home
chooser-name = File name
chooser-showing = Showing folders and { $kind } files
chooser-empty = No folders and no files of this type here.
chooser-open = Open
chooser-import = { $count ->
        [0] Import
        [one] Import 1 file
       *[other] Import { $count } files
    }
chooser-save = Save
chooser-watch = Watch this folder
chooser-cancel = Cancel
chooser-pick-a-file = Choose a file in the list first.
chooser-no-such-folder = There is no folder “{ $folder }”. Check the path, or choose a place on the left.
chooser-unreadable = This folder cannot be read ({ $error }). Choose another on the left or above.
chooser-is-a-folder = “{ $name }” is a folder here. Type another name, or open the folder first.
chooser-name-empty = Type a name for the file.
chooser-name-separator = A file name cannot hold / or \. Choose the folder above, then type the name alone.
chooser-name-forbidden = A file name cannot hold “{ $character }” (Windows refuses it). Use a dash instead.
chooser-name-reserved = “{ $name }” is a name Windows keeps for a device. Choose another name.
chooser-name-trailing-dot = A file name cannot end with a dot or a space (Windows drops them).
chooser-replace-question = “{ $name }” already exists. Replace it? What it holds now will be lost.
chooser-replace = Replace
chooser-keep = Keep it, choose another name

## Status bar
status-no-file = Not saved to a file yet
status-saved = Saved
status-unsaved = Unsaved changes
status-answers = { $count ->
    [one] 1 answer
   *[other] { $count } answers
}

## Notices
notice-error-prefix = Problem:
notice-deleted-answer = Answer deleted: “{ $text }”.
notice-removed = Removed from the list.
notice-undo = Undo
notice-dismiss = Dismiss
notice-dismiss-named = Dismiss: { $text }
notice-open-failed = Could not open { $error }. The session you had open is unchanged.
notice-new-session-file = New session, saved to { $file }. Every change is saved there.
notice-close-after-export = A report is still being written. Close the window again once it is done.
notice-new-session-failed = A new session could not be started at { $file } ({ $error }). Name a file in a folder you can write to.
notice-edit-refused = That change was not made: { $reason }.
notice-recovered = Your unsaved work was restored. Save it to keep it.
notice-recovered-into = Your unsaved work was restored into { $file }. Every change is saved there.
notice-recovery-unreadable = Unsaved work from last time could not be read ({ $error }). Nothing was changed.
notice-recovery-not-written = Unsaved work could not be kept in { $file } ({ $error }). Save the session to a file to be safe.
notice-group-missing = That group is no longer in the session.
notice-not-over-session = { $file } is this session's own file: nothing was written over it. Choose another name.
notice-group-file-saved = Group file saved: { $file } ({ $count ->
    [one] 1 answer
   *[other] { $count } answers
}). Give it to the facilitator.
notice-report-written = Report written: { $file }
notice-report-failed = The report could not be written to { $file } ({ $error }). Nothing else was changed; try another folder.
notice-report-busy = A report is still being written. Export again once it is done.
notice-report-crashed = the export stopped unexpectedly
notice-recovery-not-removed = The old recovery file { $file } could not be removed ({ $error }). It may be offered again at next start.
notice-file-changed-merged = { $file } was also changed elsewhere (another Plenary window, or a synced folder) since it was opened here. What it held that this session lacked was taken in before saving: { $report }.
notice-file-changed-unreadable = { $file } was changed elsewhere and can no longer be taken in ({ $error }). It was not overwritten, and your work is still here: save it to another file (File → Save as).

## Recovery and unsaved changes
recovery-heading = Restore unsaved work?
recovery-body = Plenary closed before “{ $title }” was saved. Its last changes were kept at { $when }.
recovery-restore = Restore
recovery-discard = Discard
recovery-into = Restore it into { $file }, where every change will then be saved? Discard it to start a new, blank session there.
confirm-heading = Save changes to “{ $title }”?
confirm-body-close = If you close without saving, your changes are lost.
confirm-body-replace = If you go on without saving, your changes are lost.
confirm-save = Save
confirm-discard = Don't save
confirm-cancel = Cancel

## Setup
setup-session = Session
setup-questions = Questions
setup-topics = Topics
setup-agenda = Agenda
setup-groups = Break-out groups
setup-speakers = Panel speakers
setup-add-question = Add question
setup-add-topic = Add topic
setup-add-phase = Add phase
setup-add-group = Add group
setup-same-topic-key = Two topics have the key #{ $key }: #{ $key } tags only the first. Give each topic a key of its own.
setup-unnamed-group = Group { $number } has no name: give it one, so its rapporteur can pick it and the report can name it.
setup-same-group-name = Two groups are named “{ $name }”: rename one, so each rapporteur picks the right one and the report tells them apart.
setup-add-speaker = Add speaker
setup-new-group-name = Group { $number }
setup-agenda-total = Total: { $minutes } min

field-title = Title
field-meeting = Meeting
field-date = Date
field-date-hint = YYYY-MM-DD, or YYYY-MM
field-date-invalid = Write the date as YYYY-MM-DD, for example 2017-03-16, or a month as YYYY-MM, for example 2017-03
field-venue = Venue
field-language = Language
field-background = Background
field-group-name = Name
field-moderator = Moderator
field-rapporteur = Rapporteur
field-delegations = Delegations
field-delegations-hint = Separated by commas
field-of-item = { $field } of { $item }

column-topic-name = Topic
column-topic-key = Key (typed after #)
column-phase-kind = Phase
column-phase-minutes = Planned time
column-speaker-name = Name
column-speaker-administration = Administration
column-speaker-topic = Topic

item-question = Question { $number }
item-topic = Topic { $number }
item-topic-key = Key of topic { $number }
item-phase = Phase { $number }
item-phase-kind = Kind of { $item }
item-phase-minutes = Minutes of { $item }
item-group = Group { $number }
item-speaker = Speaker { $number }

row-move-up = Move up
row-move-down = Move down
row-remove = Remove
row-move-up-named = Move { $item } up
row-move-down-named = Move { $item } down
row-remove-named = Remove { $item }

unit-minutes-suffix = { " " }min
speaker-no-topic = No topic

language-en = English
language-fr = French

phase-panel = Panel
phase-break-out = Break-out
phase-report-back = Report-back in plenary
phase-other = Other

## Panel
panel-heading = Panel
panel-no-speakers = This session has no panel speakers. Add them in Setup.
panel-notes-hint = Notes on what the speaker says
panel-notes-of = Notes on speaker { $number }

## Countdowns
timer-start = Start
timer-pause = Pause
timer-add-five = +5 min
timer-reset = Reset
timer-five-minutes = 5 minutes left
timer-one-minute = 1 minute left
timer-time-up = Time is up
timer-spoken-break-out = { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    } left in the break-out
timer-spoken-panel = { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    } left in the panel
timer-spoken-over = Time is up, over by { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }

## Break-out capture
break-out-laptop-captures = This laptop captures
break-out-no-group = Choose a group
break-out-new-group = Name of a group that is not listed
break-out-new-group-hint = Group not listed?
break-out-add-group = Add my group
break-out-choose-group = Choose the group whose answers this laptop captures, or add it if it is not listed.
break-out-no-questions = This session has no questions. Add them in Setup.
break-out-question-tab = Question { $number }
break-out-question-keys = Ctrl+Page Up / Page Down
break-out-kind = Kind of the next answers:
break-out-entry = New answer of { $group } to question { $number }
break-out-entry-hint = Type the answer, tag it with #key, press Enter
break-out-completions = Tab completes:
break-out-answer-count = { $count ->
    [one] 1 answer to this question
   *[other] { $count } answers to this question
}
break-out-no-answers = No answers to this question yet.
break-out-save-group-file = Save group file…
break-out-answer-name = answer { $number }
break-out-delete = Delete
break-out-edit = Edit
break-out-edit-named = Edit { $item }
break-out-editing = Text of { $item }: Enter saves, Esc cancels
break-out-kind-of = Kind of { $item }

kind-benefit = Benefit
kind-use-today = Use today
kind-future-use = Future use
kind-risk = Risk
kind-recommendation = Recommendation
kind-other = Other

## Merging group files
merge-report = { $added } added, { $updated } updated, { $unchanged } unchanged, { $deleted } deleted, { $conflicts ->
    [one] 1 conflict
   *[other] { $conflicts } conflicts
}
merge-written = { $file }: { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
} from { $groups ->
    [one] 1 group
   *[other] { $groups } groups
}
merge-report-older = { $report }. { $older ->
    [one] 1 answer was
   *[other] { $older } answers were
} older than the session's: this file is an out-of-date copy
merge-report-no-group = { $report }. { $answers ->
    [one] 1 answer names a group
   *[other] { $answers } answers name a group
} that neither the file nor the session lists (was the file edited by hand?): kept, under no group
merge-report-setup = { $report }, { $setup ->
    [one] 1 set-up item added
   *[other] { $setup } set-up items added
}
merge-report-setup-differs = { $report }. { $items ->
    [one] 1 question, topic or group reads differently in this file
   *[other] { $items } questions, topics or groups read differently in this file
}: the session's set-up is kept
merge-report-setup-updated = { $report }, { $items ->
    [one] 1 set-up item or theme in a newer version
   *[other] { $items } set-up items or themes in a newer version
}
merge-report-foreign = { $report }. { $answers ->
    [one] 1 answer of a group this file does not capture was not taken
   *[other] { $answers } answers of groups this file does not capture were not taken
}: a group file brings its own group's work only
merge-report-facilitators = { $report }. { $items ->
    [one] 1 theme, vote or reviewed mark was not taken
   *[other] { $items } themes, votes or reviewed marks were not taken
}: they are the facilitator's, not a group's
merge-report-refused = { $report }. { $answers ->
    [one] 1 answer was refused
   *[other] { $answers } answers were refused
}: its edit count jumps far past anything its laptop sent (was the file edited by hand?)
merge-report-kept-removed = { $report }. { $items ->
    [one] 1 item removed here is still in the file: it stays removed
   *[other] { $items } items removed here are still in the file: they stay removed
}
merge-report-whole-session = { $report }. This is a whole session, not a group file: nothing in it was taken. Take everything in it only if it is another facilitator's copy of this session
merge-report-shared = { $report }. Also captured on another laptop: { $groups }. Check that two laptops did not type for one group
merge-conflicts-left = { $count ->
    [0] No conflict remains
    [one] 1 conflict remains: the versions are kept side by side until the facilitator chooses one (Synthesis)
   *[other] { $count } conflicts remain: the versions are kept side by side until the facilitator chooses (Synthesis)
}
merge-files-several-sessions = { $count } of these files are whole sessions, not group files, and they differ: say --join-sessions to merge everything in them, or give one with its group files
merge-files-sessions-differ = these whole sessions are of different sessions ({ $titles }): merge each with its own group files
merge-files-sessions-same-title = these are two sessions set up separately with the same title (“{ $title }”): merge each with its own group files
merge-files-none = no file to merge

## Synthesis
synthesis-import = Import group files…
synthesis-watch = Watch a folder…
synthesis-watching = Watching { $folder }: new and changed group files are imported by themselves
synthesis-stop-watching = Stop watching
synthesis-last-look = { $seconds ->
    [0] Looked just now.
    [one] Looked 1 second ago.
   *[other] Looked { $seconds } seconds ago.
}
synthesis-watch-missing = { $folder } cannot be found (a USB stick taken out, a share offline?). Plenary keeps looking and imports again when it is back.
synthesis-drop-hint = Or drop group files anywhere on this window.
synthesis-imports-count = Imports ({ $count })
synthesis-unreadable-hint = Nothing in the session was changed.
synthesis-take-whole = Take everything in it
synthesis-take-whole-named = Take everything in { $file }
synthesis-setup-conflicts = { $count ->
    [one] 1 item of the set-up or the themes was edited differently on two laptops
   *[other] { $count } items of the set-up or the themes were edited differently on two laptops
}
synthesis-setup-conflicts-hint = Each version is kept until you choose one; the one you keep wins wherever the file goes.
synthesis-keep-setup-named = Keep version { $version } of set-up conflict { $conflict }
synthesis-conflict-header = The session's title, meeting, date, venue, background or vote
synthesis-conflict-phase = { $kind }, { $minutes } min
synthesis-conflict-theme = “{ $name }”: { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
}, { $dots ->
    [one] 1 dot
   *[other] { $dots } dots
}
synthesis-conflict-theme-of = Theme “{ $name }”
synthesis-import-anyway = Import anyway
synthesis-import-anyway-named = Import { $file } anyway
synthesis-unknown-group = Unknown group
synthesis-conflicts = { $count ->
    [one] 1 answer edited differently on two laptops
   *[other] { $count } answers edited differently on two laptops
}
synthesis-conflicts-hint = Keep one version, or keep them all as separate answers.
synthesis-conflict-of = { $group }:
synthesis-keep = Keep this
synthesis-keep-named = Keep version { $version } of conflict { $conflict }
synthesis-keep-all = Keep all as separate answers
synthesis-keep-all-named = Keep all versions of conflict { $conflict } as separate answers
synthesis-version = “{ $text }” (edited { $when })
synthesis-version-deleted = Deleted (at { $when })
synthesis-no-answers = No answers yet.

## The plenary report (its fixed texts follow the session's language)
report-background = Background
report-panel = Panel
report-speaker = Speaker
report-administration = Administration
report-topic = Topic
report-notes = Notes
report-question = Question
report-answers = Answers
report-answer = Answer
report-group = Group
report-kind = Kind
report-topics = Topics
report-recommendations = Recommendations to policy leaders
report-other-recommendations = Other recommendations
report-annex = Annex: each group's answers
# A label and its colon, before a value: French puts a space before the colon.
report-rapporteur = Rapporteur:
report-no-answers = No answers.
report-no-speakers = No speaker was named for the panel.
report-themes = Themes across groups
report-unthemed = Answers in no theme
report-theme = Theme
report-conflict = ⚠ Kept in several versions until the facilitator chooses: { $versions }
report-conflict-version = also “{ $text }” ({ $when })
report-conflict-deleted = deleted on another laptop ({ $when })
report-conflict-column = Other versions
report-conflict-more = and { $count ->
        [one] 1 other version
       *[other] { $count } other versions
    }
report-continued = (continued)
answers-elsewhere = { $count ->
        [one] 1 answer is to a question or of a group this session no longer lists: it is kept, and the report shows it apart
       *[other] { $count } answers are to a question or of a group this session no longer lists: they are kept, and the report shows them apart
    }
report-other-answers = Other answers: to a question this session no longer has
# After a text cut in a printed report (PDF, Word).
report-text-cut = {" "}[… { $characters } more characters: the whole text is in the HTML, Markdown and CSV reports]
# Under the title of a printed report too long to lay out whole.
report-printed-cut = This printed report leaves out { $annex ->
        [1] the annex{ $answers ->
            [0] {""}
           *[other] {" "}and { $answers } answers at the end of its lists
        }
       *[0] { $answers } answers at the end of its lists
    }, to stay within what a laptop can lay out. The HTML, Markdown and CSV reports hold every answer.
# After an answer: its kind, then its topics.
report-detail = { $kind }; { $topics }
report-rank-tied = { $rank } (tie)
report-raised-by = Raised by { $groups } · { $dots ->
    [one] 1 dot
   *[other] { $dots } dots
}
report-raised-anonymous = Raised by { $count ->
    [one] 1 group
   *[other] { $count } groups
} · { $dots ->
    [one] 1 dot
   *[other] { $dots } dots
}
# The same, for a question whose themes got no dots: no vote was taken.
report-raised-by-no-vote = Raised by { $groups }
report-raised-anonymous-no-vote = Raised by { $count ->
    [one] 1 group
   *[other] { $count } groups
}

## Report view
report-option-annex = Annex with each group's answers
report-option-anonymous = Anonymous (no group names)
report-option-details = Kind and topics after each answer
report-option-language = Headings in
report-export = Export:
report-exporting = Writing { $file }…
report-format-md = Markdown…
report-format-html = HTML…
report-format-docx = Word (DOCX)…
report-format-pdf = PDF…
report-format-csv = CSV…

## Themes (Synthesis)
themes-matrix = Topics × questions
themes-matrix-hint = How many answers touch each topic, and how many groups gave them.
themes-matrix-topic = Topic
themes-matrix-no-topic = No topic
themes-matrix-cell = { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
} · { $groups ->
    [one] 1 group
   *[other] { $groups } groups
}
themes-suggest = Suggest themes
themes-suggest-hint = Groups the answers in no theme that say the same thing, on this laptop. Nothing changes until you accept.
themes-reading = Reading what the answers say: { $read } of { $all }…
themes-reading-spoken = Reading what the answers say: { $percent } percent done
themes-similarity = Similarity
# Between the units and the decimals of a number: 0.28.
decimal-separator = .
themes-similarity-hint = Lower groups more answers together; higher makes more, smaller themes.
themes-accept = { $count ->
    [one] Accept 1 theme
   *[other] Accept { $count } themes
}
themes-cancel = Cancel
themes-preview-summary = { $themes ->
    [one] 1 suggested theme
   *[other] { $themes } suggested themes
}; { $alone ->
    [one] 1 answer stays in no theme.
   *[other] { $alone } answers stay in no theme.
}
themes-suggestion-title = Suggestion { $number }: { $name }
themes-why = Grouped for: { $shared } · { $confidence }
themes-why-meaning = Grouped for what they say: no shared term to show · { $confidence }
themes-meanings-failed = The answers' meanings could not be read: these suggestions go by their words alone.
themes-confidence = { $word } ({ $percent } %)
themes-confidence-high = close match
themes-confidence-medium = fair match
themes-confidence-low = loose match
themes-raised-by = { $count ->
    [0] Raised by no group
    [one] Raised by { $groups }
   *[other] Raised by { $groups }
}
themes-theme-number = Theme { $number }
themes-theme-titled = Theme { $number }: { $name }
themes-name-of = Name of theme { $number }
themes-statement-of = Statement of theme { $number }
themes-statement-hint = One sentence that says what the groups said: the slides and the report open the theme with it
themes-suggested = suggested
themes-accept-one = Accept
themes-accept-named = Accept theme { $number }
themes-merge-into = Merge into…
themes-merge-named = Merge theme { $number } into…
themes-split = Split ticked answers off
themes-split-named = Split the ticked answers off theme { $number }
themes-split-name = { $name } (part)
themes-dissolve = Dissolve
themes-dissolve-named = Dissolve theme { $number }
themes-select-named = Tick answer { $answer } of theme { $theme }
themes-move = Move to…
themes-move-named = Move answer { $answer } of theme { $theme } to…
themes-move-unthemed-named = Move answer { $answer } in no theme to…
themes-new-theme = A new theme
themes-no-theme = No theme
themes-drag-hint = Drag onto another theme to move it.
themes-unthemed = { $count ->
    [one] In no theme: 1 answer
   *[other] In no theme: { $count } answers
}
themes-new-answer = NEW

## Plenary: dot vote
vote-heading = Dot vote
vote-hint = Enter the dots each voter gives each theme. The ranking below follows the dots, then the number of groups that raised the theme.
vote-no-themes = No themes for this question yet: shape them in Synthesis first.
vote-ranking = Ranking
vote-dots-per-voter = Dots per voter
vote-by = Voters:
vote-by-group = each group
vote-by-delegation = each delegation
vote-no-voters = No one to vote: add groups (or delegations to the groups) in Setup.
vote-theme = Theme
vote-total = Total
vote-cell = Dots from { $voter } for “{ $theme }”
vote-dots = { $count ->
    [one] 1 dot
   *[other] { $count } dots
}
vote-capped = { $voter } can give this theme { $most ->
        [one] 1 dot
       *[other] { $most } dots
    } at most ({ $share } per voter): { $typed } typed, { $most } given.
vote-left = Dots left
vote-left-named = { $voter } has { $count } dots left
vote-over-named = { $voter } gave { $count ->
    [one] 1 dot
   *[other] { $count } dots
} more than each voter has: take some back
vote-rank = { $rank }.
vote-rank-tied = { $rank }. (tie)
vote-bar = { $dots ->
    [one] 1 dot
   *[other] { $dots } dots
} · { $count ->
    [0] raised by no group
   *[other] raised by { $groups }
}

## Presenter slides
slides-unknown-group = Unknown group
slides-question = Question { $number }
slides-question-again = Question { $number } (continued)
slides-theme-again = { $theme } (continued)
slides-no-answers = No answers.
slides-group-notes = Rapporteur: { $rapporteur }
slides-rank-tied = { $rank } (tie)
slides-raised-by = Raised by { $groups } · { $dots ->
    [one] 1 dot
   *[other] { $dots } dots
}
slides-raised-by-no-vote = Raised by { $groups }
slides-no-themes = No themes for this question.
slides-themes-of = Themes, question { $number }
slides-no-topic-answers = No group spoke about this.
slides-topic-subtitle = What the groups said
slides-recommendations = Recommendations to policy leaders
slides-no-recommendations = No recommendations.
# A group's wording on a theme slide.
slides-conflict = ⚠ also in another version, not yet chosen
slides-quote = “{ $text }”

## Presenter mode
command-present = Present
plenary-present = Present the slides (F5)
plenary-speaking-minutes = Speaking time per group (minutes)
plenary-slide-theme = Slides:
plenary-audience-window = Audience window on a second screen
theme-light = Light
theme-dark = Dark
theme-high-contrast = High contrast
presenter-audience-title = Plenary — slides
presenter-part = { " " }(part { $part } of { $of })
presenter-typed = { " " }· go to slide { $number }…
presenter-slide-of = Slide { $number } of { $total }
presenter-speaking-time = Speaking time left: { $minutes } minutes { $seconds } seconds
presenter-current = Now showing
presenter-next = Next
presenter-no-next = This is the last slide.
presenter-keys = In presenter mode: the right or down arrow, Page Down or Space for the next slide; the left or up arrow or Page Up for the previous one; Home and End for the first and last; a number then Enter to jump; T changes the colours, W opens the audience window, Esc leaves.
slide-key-next = Next slide
slide-key-previous = Previous slide
slide-key-first = First slide
slide-key-last = Last slide
slide-key-jump = Go to the slide whose number you typed
slide-key-colours = Change the slides' colours
slide-key-audience = Open or close the audience window
slide-key-leave = Leave presenter mode
menu-view = View
menu-language = Language
menu-theme = Theme
menu-help = Help
menu-shortcuts = Keyboard shortcuts
shortcuts-title = Keyboard shortcuts
shortcuts-or = { " " }or{ " " }
shortcuts-everywhere = Everywhere
shortcuts-add-answer = Add the answer
shortcuts-complete-tag = Complete the #tag
shortcuts-kind = Kind: { $kind }
shortcuts-next-question = Next question
shortcuts-previous-question = Previous question
shortcuts-presenter = Presenter mode
key-right = Right arrow
key-left = Left arrow
key-up = Up arrow
key-down = Down arrow
key-page-up = Page Up
key-shift = Shift
key-page-down = Page Down
key-space = Space
key-backspace = Backspace
key-home = Home
key-end = End
key-enter = Enter
key-escape = Esc
key-tab = Tab

## Files that cannot be read or written (after "FILE:LINE:COL: ")
problem-io = cannot read the file: { $error }
problem-too-large = the file is { $size } MiB; session files are at most 64 MiB. Is this the right file?
problem-not-a-file = { $kind ->
        [folder] this is a folder, not a session file: choose a .ron file in it
        [device] this is a device, not a session file: choose a .ron file
        [pipe] this is a pipe, not a session file: save the session to a file first
       *[other] this is not a regular file: choose a .ron session file
    }
problem-duplicate-id = a second { $kind } with the id { $id }: two items may not share one. Was the file edited by hand? Remove one, or copy the file again from the laptop it came from
problem-dangling = { $kind } { $id } names a { $named } that this file does not have ({ $named_id }): its answer is kept and reported apart, under Other answers. Was the file edited by hand, or merged from a session set up separately?
problem-write-too-large = the session would take { $size } MiB, more than the { $limit } MiB Plenary opens: nothing was written. Split the session, or remove answers no longer needed
item-kind = { $kind ->
        [question] question
        [topic] topic
        [group] group
        [phase] agenda phase
        [speaker] panel speaker
        [theme] theme
       *[answer] answer
    }
problem-empty = the file is empty. It may not have finished copying: copy it again
problem-not-utf8 = the file is not UTF-8 text. Is it a Plenary session file?
problem-newer-format = the file was made by a newer Plenary (format { $found }; this one reads up to { $known }). Update Plenary to open it
problem-unknown-format = format { $found } is not a Plenary session format
problem-cut-short = the file stops in the middle, as if its copy was cut short. Copy it again from the laptop it came from
problem-syntax = the file is damaged or is not a Plenary session file ({ $detail } here). If it came from a group's laptop, copy it again
problem-unknown-value = “{ $found }” is not a value Plenary knows here (it knows { $expected }). Was the file edited by hand? Correct it there, or copy it again from the laptop it came from
problem-missing-field = the field “{ $field }” of { $outer } is missing. Was the file edited by hand? Correct it there, or copy it again from the laptop it came from
problem-missing-field-anywhere = the field “{ $field }” is missing. Was the file edited by hand? Correct it there, or copy it again from the laptop it came from
problem-cannot-save = { $file }: cannot save: { $error }. The session is still open; save it somewhere else
problem-read-only = the file is read-only
problem-other-session = this file belongs to another session (“{ $theirs }”, not “{ $ours }”). Import it deliberately to map its questions and topics onto this session
problem-other-session-same-title = this file belongs to another session with the same title (“{ $theirs }”), set up separately. Import it deliberately to map its questions and topics onto this session
problem-file-holds-another-session = it now holds another session (“{ $theirs }”)
problem-item-missing = that item no longer exists; it may have been removed
problem-item-duplicate = an item with this id already exists
problem-item-in-use = { $count ->
    [one] 1 answer belongs
   *[other] { $count } answers belong
} to it; delete or move them first
problem-topic-of-speaker = a panel speaker is linked to this topic; unlink the speaker first
problem-report-layout = the report could not be laid out: { $error }
problem-report-write = the report could not be written: { $error }

welcome-heading = Welcome to Plenary
welcome-intro = Plenary runs a panel-then-break-out session with no network: each group types its answers on its own laptop, the files come back by USB stick, e-mail or a shared folder, merge in any order, and become one plenary result and report.
welcome-step-setup = Write the questions, the groups, the topics and the agenda.
welcome-step-panel = Time the speakers and take notes under each.
welcome-step-break-out = Each group's rapporteur types its answers on the group's laptop and saves the group file.
welcome-step-synthesis = Import the groups' files, resolve what was edited twice, and shape themes across groups.
welcome-step-plenary = Present each group's answers and the themes, and vote with dots.
welcome-step-report = Export the report: Word, PDF, web page, Markdown or a spreadsheet.
welcome-facilitator = I run the session
welcome-open = Open a session file…
welcome-example = Start from the PTC 2017 example
welcome-blank = Start a blank session
welcome-rapporteur = I capture a group's answers
welcome-rapporteur-hint = Open the session file the facilitator gave you first (Open a session file…), then choose your group: Plenary goes straight to the Break-out.
welcome-my-group = My group
welcome-capture = Capture this group's answers
notice-example = This is the example of the WCO Permanent Technical Committee, March 2017: change it in Setup, then save it with Ctrl+S.
menu-welcome = Getting started
combo-named = { $name }: { $value }
menu-bar = Menus
shortcuts-close = Close
themes-drag-named = Answer: { $answer }
