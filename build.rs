//! Embeds the app icon and the version information in the Windows program,
//! so Explorer and the taskbar show Plenary's icon and its version. Nothing
//! happens when building for other systems.

fn main() {
    println!("cargo::rerun-if-changed=assets/icon.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icon.ico")
        .set("ProductName", "Plenary")
        .set(
            "FileDescription",
            "Plenary: panel, break-out groups offline, plenary and report",
        )
        .set("LegalCopyright", "MIT OR Apache-2.0");
    if let Err(error) = resource.compile() {
        // Without windres the program still builds, without its icon.
        println!("cargo::warning=the Windows icon was not embedded: {error}");
    }
}
