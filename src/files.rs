//! Every file roster writes or reads itself (exports, plans, man pages, session files, outbox
//! mail, config files, the CSV and TOML it is given, the files SQLite is about to open): a
//! written file is created new (0600) beside its destination and renamed into place, never
//! through a symbolic link and never over what is not a regular file of the same owner; a read
//! file must be a regular file, so that a FIFO or a device is refused at once instead of
//! hanging in open() or read().

use std::fs::{self, File, FileType, Metadata, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// What a file system entry is, as messages name it.
pub fn kind(t: FileType) -> &'static str {
    if t.is_file() {
        "a regular file"
    } else if t.is_dir() {
        "a folder"
    } else if t.is_symlink() {
        "a symbolic link"
    } else if t.is_fifo() {
        "a FIFO (named pipe)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else {
        "not a regular file"
    }
}

/// A refusal: roster will not read or write this entry. `InvalidInput`, so that callers can
/// tell it from a file that is simply there (`AlreadyExists`) or missing (`NotFound`).
fn refused(why: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, why)
}

fn not_regular(t: FileType) -> io::Error {
    if t.is_symlink() {
        refused("it is a symbolic link, and roster never writes through one".into())
    } else {
        refused(format!("it is {}, not a regular file", kind(t)))
    }
}

/// The metadata of `path` (following symbolic links: reading through one is fine) when it is a
/// regular file; anything else is refused, naming what it is. For files another library opens
/// (SQLite), checked before it does.
pub fn require_regular(path: &Path) -> io::Result<Metadata> {
    let meta = fs::metadata(path)?;
    if !meta.is_file() {
        return Err(not_regular(meta.file_type()));
    }
    Ok(meta)
}

/// Open a regular file for reading. A FIFO, folder, socket or device is refused without being
/// opened; and since one could take the file's place in between, the file is opened without
/// blocking (a FIFO's open() otherwise waits for a writer) and checked again once open.
pub fn open_regular(path: &Path) -> io::Result<File> {
    require_regular(path)?;
    open_nonblocking(path, 0)
}

fn open_nonblocking(path: &Path, flags: i32) -> io::Result<File> {
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY | flags)
        .open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular(meta.file_type()));
    }
    Ok(file)
}

/// The bytes of a regular file (see `open_regular`).
pub fn read_regular(path: &Path) -> io::Result<Vec<u8>> {
    let mut file = open_regular(path)?;
    let mut bytes = Vec::with_capacity(file.metadata()?.len().try_into().unwrap_or(0));
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The text of a regular file (see `open_regular`); not UTF-8 is `InvalidData`.
pub fn read_regular_to_string(path: &Path) -> io::Result<String> {
    String::from_utf8(read_regular(path)?)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "it is not UTF-8 text"))
}

/// Folders roster creates for its files are their owner's alone, like the files.
fn create_parent(path: &Path) -> io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(parent)?;
    }
    Ok(())
}

/// A new, empty file at `path`, 0600, for its caller to fill (SQLite databases: a backup, a
/// copy, a new database). Nothing that is there is ever opened: O_EXCL fails on any entry, a
/// symbolic link (dangling or not) included. An existing regular file is `AlreadyExists`;
/// anything else is refused, naming what it is. Missing folders are created (0700).
pub fn create_new_private(path: &Path) -> io::Result<File> {
    create_parent(path)?;
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
        .map_err(|e| match (e.kind(), fs::symlink_metadata(path)) {
            (io::ErrorKind::AlreadyExists, Ok(m)) if !m.is_file() => not_regular(m.file_type()),
            _ => e,
        })?;
    // The mode above is filtered by the umask; make sure it is exactly 0600.
    file.set_permissions(fs::Permissions::from_mode(0o600))?;
    Ok(file)
}

/// What is at a destination about to be replaced: nothing, or a regular file (its owner).
/// A symbolic link, folder, FIFO, device or socket is refused.
fn replaceable(path: &Path) -> io::Result<Option<u32>> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_file() => Ok(Some(m.uid())),
        Ok(m) => Err(not_regular(m.file_type())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// The text of a file `write_private` is about to replace (`config export --out` updates one in
/// place): `None` when there is none; a symbolic link or anything but a regular file is refused
/// as `write_private` would refuse it, before anything is read.
pub fn read_replaceable(path: &Path) -> io::Result<Option<String>> {
    if replaceable(path)?.is_none() {
        return Ok(None);
    }
    let mut bytes = Vec::new();
    open_nonblocking(path, libc::O_NOFOLLOW)?.read_to_end(&mut bytes)?;
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "it is not UTF-8 text"))
}

/// Write `bytes` to `path`, 0600: into a new temporary file beside it (created with O_EXCL,
/// so nothing there is followed or reused), synced, then renamed over `path`. rename() replaces
/// the entry itself and never writes through a link; before it, the destination must be
/// missing or a regular file owned by whoever runs roster: a symbolic link, anything that is
/// not a regular file, or another user's file is refused and left as it was. Missing folders
/// are created (0700).
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replaceable(path)?;
    create_parent(path)?;
    let tmp = temporary_beside(path);
    let mut file = create_new_private(&tmp)?;
    let result = (|| {
        // Whoever runs roster owns the file it just created.
        let ours = file.metadata()?.uid();
        let check = |owner: Option<u32>| match owner {
            Some(uid) if uid != ours => Err(refused(format!(
                "it belongs to another user (uid {uid}), and roster replaces only its own files"
            ))),
            _ => Ok(()),
        };
        check(replaceable(path)?)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        // Once more, as close to the rename as can be: the destination may have changed.
        check(replaceable(path)?)?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result?;
    // The rename itself is durable once the folder is synced (best effort: not every file
    // system syncs a folder).
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(())
}

/// `.NAME.PID.RANDOM.tmp` beside `path`: of this process alone, so that two runs writing at
/// once (parallel `2fa verify` of one user) never share one.
fn temporary_beside(path: &Path) -> PathBuf {
    let mut random = [0u8; 8];
    rand::fill(&mut random);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let random: String = random.iter().map(|b| format!("{b:02x}")).collect();
    path.with_file_name(format!(".{name}.{}.{random}.tmp", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(p: &Path) -> u32 {
        fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn writes_are_new_0600_files_and_never_go_through_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        // A dangling link: its target is not created.
        let e = write_private(&link, b"x").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::InvalidInput);
        assert!(e.to_string().contains("symbolic link"), "{e}");
        assert!(!target.exists());
        // A link to a file: the file is not rewritten.
        fs::write(&target, b"theirs").unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o644)).unwrap();
        assert!(write_private(&link, b"x").is_err());
        assert_eq!(fs::read(&target).unwrap(), b"theirs");
        assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
        // A regular file of ours is replaced by a new 0600 one.
        write_private(&target, b"ours").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"ours");
        assert_eq!(mode(&target), 0o600);
        // A folder is refused by name; nothing is left beside it.
        let e = write_private(dir.path(), b"x").unwrap_err();
        assert!(e.to_string().contains("a folder"), "{e}");
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left.len(), 2, "{left:?}");
    }

    #[test]
    fn new_files_refuse_whatever_is_there() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        create_new_private(&file).unwrap();
        assert_eq!(mode(&file), 0o600);
        let e = create_new_private(&file).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &link).unwrap();
        let e = create_new_private(&link).unwrap_err();
        assert!(e.to_string().contains("symbolic link"), "{e}");
        assert!(!dir.path().join("nowhere").exists());
        let e = create_new_private(dir.path()).unwrap_err();
        assert!(e.to_string().contains("a folder"), "{e}");
    }

    #[test]
    fn reads_refuse_what_is_not_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let e = read_regular(dir.path()).unwrap_err();
        assert_eq!(e.to_string(), "it is a folder, not a regular file");
        let e = read_regular(Path::new("/dev/null")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "it is a character device, not a regular file"
        );
        let file = dir.path().join("f");
        fs::write(&file, "text").unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert_eq!(read_regular_to_string(&link).unwrap(), "text");
    }
}
