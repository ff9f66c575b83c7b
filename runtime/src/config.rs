//! Collector configuration: defaults, programmatic settings for tests, and the
//! `RPY_GC_*` environment variables read once at start-up.
//!
//! Nothing here reads the environment except [`GcConfig::from_env`]; tests
//! build configurations by hand so that they never depend on process state.

use std::time::Duration;

/// Tuning knobs and debug modes of one collector instance.
#[derive(Clone, Debug, PartialEq)]
pub struct GcConfig {
    /// Nursery size in bytes (`RPY_GC_NURSERY`); default: the L2 cache size.
    pub nursery_size: usize,
    /// Objects larger than this go straight to the old generation
    /// (`RPY_GC_LARGE_OBJECT`); clamped to a quarter of the nursery.
    pub large_object: usize,
    /// Hard cap on the heap (`RPY_GC_MAX_HEAP`); `None` means no cap.
    pub max_heap: Option<usize>,
    /// After a major collection, the next one starts when the old generation
    /// reaches `growth_factor` times the surviving bytes (`RPY_GC_MAJOR_GROWTH`).
    pub growth_factor: f64,
    /// The old generation never triggers a major collection below this size
    /// (`RPY_GC_MIN_HEAP`).
    pub min_major_threshold: usize,
    /// Minimum work of one incremental major step, in bytes marked or swept
    /// (`RPY_GC_INCREMENT_STEP`).
    pub increment_step: usize,
    /// Work done per byte promoted or allocated in the old generation during a
    /// major cycle, so marking keeps ahead of the mutator (`RPY_GC_STEP_RATIO`).
    pub step_ratio: f64,
    /// Longest time one incremental major step (marking, sweeping or
    /// releasing arenas) may take (`RPY_GC_STEP_TIME`, in ms); `None`: only
    /// the byte budget bounds a step. A step cut short by the clock leaves
    /// its work to the next one.
    pub step_time_limit: Option<Duration>,
    /// Target duration of a minor collection (`RPY_GC_MINOR_TIME`, in ms):
    /// when minor collections cost more than this (many survivors, many
    /// cards), the nursery is filled only in part before the next one, down
    /// to an eighth of it. `None`: always fill the whole nursery.
    pub minor_time_target: Option<Duration>,
    /// During marking, objects created (copied out of the nursery, allocated
    /// large) are white: only those still reachable when marking ends are
    /// kept. Marking ends when the grey stack is empty after a rescan of the
    /// shadow stack; after this many rescans that found new objects, the
    /// cycle falls back to allocating black (`RPY_GC_WHITE_ROUNDS`; 0: always
    /// black, as in PyPy).
    pub white_rounds: u32,
    /// A major cycle that starts while the old generation holds at most this
    /// many bytes runs in one pause, like `incremental: false`
    /// (`RPY_GC_ATOMIC_MAJOR`; 0: always incremental). On a small heap an
    /// incremental cycle still spans a few minor collections, whose
    /// promotions are as big as a good part of the heap, and everything
    /// they promote, and all the roots held at the start, survive the
    /// cycle: the next threshold then grows from that floating garbage. A
    /// small heap is also quick to collect whole.
    pub atomic_major: usize,
    /// Incremental major collections (`RPY_GC_INCREMENTAL=0` turns them off:
    /// each major collection then runs to completion in one pause).
    pub incremental: bool,
    /// Collect at every allocation (`RPY_GC_STRESS=1`).
    pub stress: bool,
    /// Check the whole heap before and after every collection (`RPY_GC_VERIFY=1`).
    pub verify: bool,
    /// What a failed verification does.
    pub on_verify_failure: VerifyFailure,
    /// Print statistics at shutdown (`RPY_GC_STATS=1`).
    pub stats: bool,
    /// Shadow-stack capacity in slots (`RPY_GC_SHADOWSTACK`, in bytes).
    pub shadowstack_slots: usize,
}

/// Action taken when the verifier finds a broken invariant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifyFailure {
    /// Print the report to stderr and abort the process (compiled programs).
    Abort,
    /// Panic with the report (tests).
    Panic,
}

/// Default nursery size when the L2 cache size cannot be read.
pub const DEFAULT_NURSERY: usize = 1 << 20;
/// Default `RPY_GC_ATOMIC_MAJOR` (bytes).
pub const DEFAULT_ATOMIC_MAJOR: usize = 10 << 20;
/// Default `RPY_GC_STEP_TIME` (microseconds).
pub const DEFAULT_STEP_TIME_US: u64 = 2000;
/// Default `RPY_GC_MINOR_TIME` (microseconds).
pub const DEFAULT_MINOR_TIME_US: u64 = 2000;

impl Default for GcConfig {
    fn default() -> Self {
        let nursery = crate::os::l2_cache_size()
            .unwrap_or(DEFAULT_NURSERY)
            .clamp(256 << 10, 16 << 20);
        GcConfig {
            nursery_size: nursery,
            large_object: 64 << 10,
            max_heap: None,
            growth_factor: 1.4,
            min_major_threshold: 4 << 20,
            increment_step: 1 << 20,
            step_ratio: 16.0,
            step_time_limit: Some(Duration::from_micros(DEFAULT_STEP_TIME_US)),
            minor_time_target: Some(Duration::from_micros(DEFAULT_MINOR_TIME_US)),
            white_rounds: 4,
            atomic_major: DEFAULT_ATOMIC_MAJOR,
            incremental: true,
            stress: false,
            verify: false,
            on_verify_failure: VerifyFailure::Abort,
            stats: false,
            shadowstack_slots: 1 << 20,
        }
    }
}

impl GcConfig {
    /// The defaults, overridden by the `RPY_GC_*` environment variables.
    /// Returns the configuration and warnings about values it ignored.
    pub fn from_env() -> (GcConfig, Vec<String>) {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`GcConfig::from_env`] with an explicit variable lookup.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> (GcConfig, Vec<String>) {
        let mut c = GcConfig::default();
        let mut warnings = Vec::new();
        let size = |name: &str, warnings: &mut Vec<String>| -> Option<usize> {
            let v = get(name)?;
            match parse_size(&v) {
                Some(n) => Some(n),
                None => {
                    warnings.push(format!("{name}={v:?} is not a size, ignored"));
                    None
                }
            }
        };
        if let Some(n) = size("RPY_GC_NURSERY", &mut warnings) {
            c.nursery_size = n.clamp(4 << 10, 1 << 30);
        }
        if let Some(n) = size("RPY_GC_LARGE_OBJECT", &mut warnings) {
            c.large_object = n;
        }
        if let Some(n) = size("RPY_GC_MAX_HEAP", &mut warnings) {
            c.max_heap = if n == 0 { None } else { Some(n) };
        }
        if let Some(n) = size("RPY_GC_MIN_HEAP", &mut warnings) {
            c.min_major_threshold = n;
        }
        if let Some(n) = size("RPY_GC_ATOMIC_MAJOR", &mut warnings) {
            c.atomic_major = n;
        }
        if let Some(n) = size("RPY_GC_INCREMENT_STEP", &mut warnings) {
            c.increment_step = n.max(1);
        }
        if let Some(n) = size("RPY_GC_SHADOWSTACK", &mut warnings) {
            c.shadowstack_slots = (n / 8).max(1024);
        }
        if let Some(v) = get("RPY_GC_MAJOR_GROWTH") {
            match v.trim().parse::<f64>() {
                Ok(g) if (1.05..=100.0).contains(&g) => c.growth_factor = g,
                _ => warnings.push(format!(
                    "RPY_GC_MAJOR_GROWTH={v:?} is not in 1.05..100, ignored"
                )),
            }
        }
        if let Some(v) = get("RPY_GC_STEP_RATIO") {
            match v.trim().parse::<f64>() {
                Ok(r) if (0.1..=1000.0).contains(&r) => c.step_ratio = r,
                _ => warnings.push(format!(
                    "RPY_GC_STEP_RATIO={v:?} is not in 0.1..1000, ignored"
                )),
            }
        }
        let millis = |name: &str, warnings: &mut Vec<String>| -> Option<Option<Duration>> {
            let v = get(name)?;
            match v.trim().parse::<f64>() {
                Ok(0.0) => Some(None),
                Ok(ms) if ms > 0.0 && ms <= 1e6 => Some(Some(Duration::from_secs_f64(ms / 1000.0))),
                _ => {
                    warnings.push(format!("{name}={v:?} is not a time in ms, ignored"));
                    None
                }
            }
        };
        if let Some(t) = millis("RPY_GC_STEP_TIME", &mut warnings) {
            c.step_time_limit = t;
        }
        if let Some(t) = millis("RPY_GC_MINOR_TIME", &mut warnings) {
            c.minor_time_target = t;
        }
        if let Some(v) = get("RPY_GC_WHITE_ROUNDS") {
            match v.trim().parse::<u32>() {
                Ok(n) => c.white_rounds = n,
                _ => warnings.push(format!("RPY_GC_WHITE_ROUNDS={v:?} is not a count, ignored")),
            }
        }
        let flag = |name: &str| get(name).is_some_and(|v| !matches!(v.trim(), "" | "0"));
        c.stress = flag("RPY_GC_STRESS");
        c.verify = flag("RPY_GC_VERIFY");
        c.stats = flag("RPY_GC_STATS");
        if get("RPY_GC_INCREMENTAL").is_some_and(|v| v.trim() == "0") {
            c.incremental = false;
        }
        (c, warnings)
    }
}

/// Parses `123456`, `64KB`, `500MB`, `1.5GB` (also `k`, `m`, `g`, `kib`...).
/// Multipliers are powers of 1024, as in PyPy's `PYPY_GC_MAX`.
pub fn parse_size(text: &str) -> Option<usize> {
    let t = text.trim().to_ascii_lowercase();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let mult: f64 = match unit.trim() {
        "" | "b" => 1.0,
        "k" | "kb" | "kib" => 1024.0,
        "m" | "mb" | "mib" => 1024.0 * 1024.0,
        "g" | "gb" | "gib" => 1024.0 * 1024.0 * 1024.0,
        _ => return None,
    };
    let n: f64 = num.parse().ok()?;
    let v = n * mult;
    if !v.is_finite() || v < 0.0 || v > (usize::MAX / 2) as f64 {
        return None;
    }
    Some(v as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("123456"), Some(123456));
        assert_eq!(parse_size("500MB"), Some(500 << 20));
        assert_eq!(parse_size("1GB"), Some(1 << 30));
        assert_eq!(parse_size("64kb"), Some(64 << 10));
        assert_eq!(parse_size(" 2 M "), Some(2 << 20));
        assert_eq!(parse_size("1.5GB"), Some(3 << 29));
        assert_eq!(parse_size("12XB"), None);
        assert_eq!(parse_size(""), None);
        assert_eq!(parse_size("-5"), None);
    }

    #[test]
    fn env_lookup() {
        let env = |k: &str| match k {
            "RPY_GC_MAX_HEAP" => Some("500MB".to_string()),
            "RPY_GC_STRESS" => Some("1".to_string()),
            "RPY_GC_NURSERY" => Some("bogus".to_string()),
            "RPY_GC_VERIFY" => Some("0".to_string()),
            "RPY_GC_STEP_TIME" => Some("0".to_string()),
            "RPY_GC_MINOR_TIME" => Some("1.5".to_string()),
            "RPY_GC_ATOMIC_MAJOR" => Some("0".to_string()),
            _ => None,
        };
        let (c, warnings) = GcConfig::from_lookup(env);
        assert_eq!(c.max_heap, Some(500 << 20));
        assert!(c.stress);
        assert!(!c.verify);
        assert_eq!(c.nursery_size, GcConfig::default().nursery_size);
        assert_eq!(c.step_time_limit, None);
        assert_eq!(c.minor_time_target, Some(Duration::from_micros(1500)));
        assert_eq!(c.atomic_major, 0);
        assert_eq!(warnings.len(), 1);
    }
}
