//! Running a program within bounds: a time limit and a limit on how much it
//! may print. The program runs in a process group of its own, and the whole
//! group is killed when it overruns either bound, and again once it has
//! exited, so that nothing it started is left behind.

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The bounds on one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Wall-clock time for the whole command (for a listing, cargo's build
    /// and the program's run).
    pub seconds: u64,
    /// Bytes of output (standard output and error together).
    pub bytes: usize,
}

impl Limits {
    /// 60 s per program; a listing raises it with a `timeout` file.
    pub const DEFAULT_SECONDS: u64 = 60;
    /// 1 MiB of output.
    pub const DEFAULT_BYTES: usize = 1 << 20;
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            seconds: Limits::DEFAULT_SECONDS,
            bytes: Limits::DEFAULT_BYTES,
        }
    }
}

/// How a bounded run ended.
#[derive(Debug)]
pub enum Ended {
    /// The program exited (or died of a signal) within the bounds.
    Exited(ExitStatus, Vec<u8>),
    /// Still running after `Limits::seconds`: killed.
    TimedOut(Vec<u8>),
    /// Printed more than `Limits::bytes`: killed.
    TooMuchOutput,
}

/// Runs `cmd` with standard output and error captured together, standard
/// input empty, in a new process group, within `limits`.
pub fn run(mut cmd: Command, limits: Limits) -> std::io::Result<Ended> {
    let (reader, writer) = std::io::pipe()?;
    cmd.stdout(writer.try_clone()?).stderr(writer);
    let (end, mut outs) = run_reading(cmd, limits, vec![reader])?;
    Ok(end.with(outs.pop().unwrap_or_default()))
}

/// [`run`], with standard output and error captured apart: the [`Ended`]
/// holds standard output, the second value standard error. The output
/// limit bounds both together.
pub fn run_split(
    mut cmd: Command,
    limits: Limits,
) -> std::io::Result<(Ended, Vec<u8>)> {
    let (out, out_w) = std::io::pipe()?;
    let (err, err_w) = std::io::pipe()?;
    cmd.stdout(out_w).stderr(err_w);
    let (end, mut outs) = run_reading(cmd, limits, vec![out, err])?;
    let stderr = outs.pop().unwrap_or_default();
    Ok((end.with(outs.pop().unwrap_or_default()), stderr))
}

/// How a run ended, before its output is attached.
enum End {
    Exited(ExitStatus),
    TimedOut,
    TooMuchOutput,
}

impl End {
    fn with(self, out: Vec<u8>) -> Ended {
        match self {
            End::Exited(status) => Ended::Exited(status, out),
            End::TimedOut => Ended::TimedOut(out),
            End::TooMuchOutput => Ended::TooMuchOutput,
        }
    }
}

/// Spawns `cmd`, whose output goes to the write ends of `readers`, and
/// reads each until the program ends or overruns `limits`.
fn run_reading(
    mut cmd: Command,
    limits: Limits,
    readers: Vec<std::io::PipeReader>,
) -> std::io::Result<(End, Vec<Vec<u8>>)> {
    cmd.stdin(Stdio::null()).process_group(0);
    let mut child = cmd.spawn()?;
    // The write ends must close here, or the readers never see the end.
    drop(cmd);
    let group = child.id() as libc::pid_t;
    let overflow = AtomicBool::new(false);
    let total = AtomicUsize::new(0);
    let cap = limits.bytes;
    let deadline = Instant::now() + Duration::from_secs(limits.seconds);
    std::thread::scope(|s| {
        let reading: Vec<_> = readers
            .into_iter()
            .map(|mut reader| {
                let (overflow, total) = (&overflow, &total);
                s.spawn(move || {
                    let mut out = Vec::new();
                    let mut buf = [0u8; 16 * 1024];
                    loop {
                        match reader.read(&mut buf) {
                            Ok(0) | Err(_) => break,
                            Ok(n) => {
                                if total.fetch_add(n, Ordering::Relaxed) + n
                                    > cap
                                {
                                    overflow.store(true, Ordering::Relaxed);
                                    kill_group(group);
                                    break;
                                }
                                out.extend_from_slice(&buf[..n]);
                            }
                        }
                    }
                    out
                })
            })
            .collect();
        let mut pause = Duration::from_millis(1);
        let status = loop {
            if let Some(status) = child.try_wait()? {
                break Some(status);
            }
            if Instant::now() >= deadline {
                break None;
            }
            std::thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(20));
        };
        // Whatever the program started is killed with it.
        kill_group(group);
        let timed_out = status.is_none();
        let status = match status {
            Some(s) => s,
            None => child.wait()?,
        };
        let outs = reading
            .into_iter()
            .map(|r| r.join().unwrap_or_default())
            .collect();
        let end = if overflow.load(Ordering::Relaxed) {
            End::TooMuchOutput
        } else if timed_out {
            End::TimedOut
        } else {
            End::Exited(status)
        };
        Ok((end, outs))
    })
}

fn kill_group(group: libc::pid_t) {
    // SAFETY: kill(2) with a negative pid signals a process group; it has
    // no memory-safety preconditions.
    unsafe {
        libc::kill(-group, libc::SIGKILL);
    }
}

/// The time limit a listing sets for itself in a `timeout` file: its first
/// word is the number of seconds, the rest says why the listing needs
/// longer. `Ok(None)` when there is no such file.
pub fn timeout_file(dir: &std::path::Path) -> Result<Option<u64>, String> {
    let Ok(text) = std::fs::read_to_string(dir.join("timeout")) else {
        return Ok(None);
    };
    let mut words = text.split_whitespace();
    let seconds = words.next().and_then(|w| w.parse::<u64>().ok());
    match (seconds, words.next()) {
        (Some(s), Some(_)) if s > 0 => Ok(Some(s)),
        _ => Err("a `timeout` file must hold the seconds the listing needs, then the reason (e.g. `120 builds a large table`)".into()),
    }
}

/// `1048576` as `1 MiB`, other sizes in bytes.
pub fn show_bytes(bytes: usize) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}
