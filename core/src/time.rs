//! Chain timestamps for people: `2026-11-26 10:00 UTC` and countdowns such as `in 23h 59m`.

use crate::params::display_duration;

/// Unix seconds as a UTC date and time to the minute: `2026-11-26 10:00 UTC`.
pub fn utc(unix: u64) -> String {
    let days = unix / 86_400;
    let seconds = unix % 86_400;
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02} UTC", seconds / 3_600, seconds / 60 % 60)
}

/// How far `at` lies from `now`: `in 23h 59m`, `2h 3m ago`, `now`.
pub fn countdown(at: u64, now: u64) -> String {
    match at.cmp(&now) {
        std::cmp::Ordering::Greater => format!("in {}", display_duration(at - now)),
        std::cmp::Ordering::Less => format!("{} ago", display_duration(now - at)),
        std::cmp::Ordering::Equal => "now".to_string(),
    }
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_utc() {
        assert_eq!(utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(utc(1_795_687_200), "2026-11-26 10:00 UTC");
        assert_eq!(utc(4_102_444_799), "2099-12-31 23:59 UTC");
    }

    #[test]
    fn countdowns_both_ways() {
        assert_eq!(countdown(100 + 86_400, 100), "in 1d 0h");
        assert_eq!(countdown(100, 100 + 3_720), "1h 2m ago");
        assert_eq!(countdown(5, 5), "now");
    }
}
