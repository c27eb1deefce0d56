"""The backup policy: which backups to keep, and when a backup is due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from cocoach_desktop.backups.model.retention import (
    DAILY_KEPT,
    IDLE_BEFORE_BACKUP,
    MIN_BACKUP_INTERVAL,
    WEEKLY_KEPT,
    backup_due,
    backups_to_keep,
    backups_to_prune,
)

# A Sunday evening, so that day and week boundaries are both near.
NOW = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)


def test_nothing_to_keep_or_prune_when_there_are_no_backups() -> None:
    assert backups_to_keep([], NOW) == set()
    assert backups_to_prune([], NOW) == []


def test_a_single_backup_is_always_kept_however_old() -> None:
    ancient = NOW - timedelta(days=3000)
    assert backups_to_keep([ancient], NOW) == {ancient}


def test_of_many_backups_on_one_day_only_the_newest_is_kept() -> None:
    times = [NOW - timedelta(minutes=m) for m in range(0, 600, 30)]
    assert backups_to_keep(times, NOW) == {NOW}
    assert len(backups_to_prune(times, NOW)) == len(times) - 1


def test_keeps_the_newest_of_each_of_the_last_seven_days_and_four_weeks() -> None:
    # Hourly backups, every day, for 60 days.
    times = [NOW - timedelta(hours=h) for h in range(60 * 24)]
    keep = backups_to_keep(times, NOW)
    days = {t.date() for t in keep}
    newest_days = sorted({t.date() for t in times}, reverse=True)[:DAILY_KEPT]
    assert set(newest_days) <= days
    for day in newest_days:
        assert max(t for t in times if t.date() == day) in keep
    weeks = {t.isocalendar()[:2] for t in keep}
    assert len(weeks) == WEEKLY_KEPT
    # Each kept week's backup is that week's newest.
    for t in keep:
        week = t.isocalendar()[:2]
        assert t == max(u for u in times if u.isocalendar()[:2] == week) or t.date() in days
    assert len(keep) <= DAILY_KEPT + WEEKLY_KEPT
    assert NOW in keep


def test_the_weekly_backups_are_the_last_of_each_iso_week() -> None:
    # Hourly backups; NOW is a Sunday, so each earlier week's newest is its Sunday at 23:00.
    times = [NOW - timedelta(hours=h) for h in range(60 * 24)]
    keep = backups_to_keep(times, NOW)
    sundays = [datetime(2026, 11, d, 23, 0, tzinfo=UTC) for d in (1, 8, 15)]
    assert set(sundays) <= keep
    assert min(keep) == sundays[0]
    assert all(t.isoweekday() == 7 for t in keep if t < NOW - timedelta(days=DAILY_KEPT))


def test_gaps_count_days_that_have_backups_not_calendar_days() -> None:
    # Away for two months: the week before leaving is still there after coming back.
    before = [NOW - timedelta(days=60 + d) for d in range(10)]
    keep = backups_to_keep([*before, NOW], NOW)
    assert NOW in keep
    assert {NOW - timedelta(days=60 + d) for d in range(DAILY_KEPT - 1)} <= keep


def test_kept_set_is_bounded() -> None:
    times = [NOW - timedelta(hours=7 * h) for h in range(2000)]
    assert len(backups_to_keep(times, NOW)) <= DAILY_KEPT + WEEKLY_KEPT


def test_backups_dated_in_the_future_are_never_pruned() -> None:
    # The clock was set back a year: every earlier backup now looks like it is from the future.
    future = [NOW + timedelta(days=365 + d) for d in range(30)]
    keep = backups_to_keep([*future, NOW], NOW)
    assert keep == {*future, NOW}
    assert backups_to_prune([*future, NOW], NOW) == []


def test_a_future_clock_does_not_delete_everything() -> None:
    # The clock jumps years ahead: the old backups are judged by the newest days that exist.
    times = [NOW - timedelta(days=d) for d in range(40)]
    keep = backups_to_keep(times, NOW + timedelta(days=5000))
    assert len(keep) >= DAILY_KEPT
    assert NOW in keep


def test_zone_decides_where_a_day_begins() -> None:
    late = datetime(2026, 11, 21, 23, 30, tzinfo=UTC)
    later = datetime(2026, 11, 22, 0, 30, tzinfo=UTC)
    assert backups_to_keep([late, later], NOW) == {late, later}  # two UTC days
    berlin_winter = timezone(timedelta(hours=1))
    assert backups_to_keep([late, later], NOW, zone=berlin_winter) == {later}  # one local day


def test_prune_lists_the_rest_oldest_first_and_ignores_duplicates() -> None:
    times = [NOW, NOW, NOW - timedelta(hours=1), NOW - timedelta(hours=2)]
    assert backups_to_prune(times, NOW) == [NOW - timedelta(hours=2), NOW - timedelta(hours=1)]


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        backups_to_keep([NOW], NOW.replace(tzinfo=None))
    with pytest.raises(ValueError):
        backups_to_keep([NOW.replace(tzinfo=None)], NOW)
    with pytest.raises(ValueError):
        backup_due(None, NOW.replace(tzinfo=None), changed=True, idle_seconds=100)


def test_forty_days_of_backups_stay_within_the_policy() -> None:
    # Simulate the app: every 3 hours a backup, pruned right after, for 40 days.
    stored: set[datetime] = set()
    now = NOW - timedelta(days=40)
    while now <= NOW:
        stored.add(now)
        stored = backups_to_keep(stored, now)
        assert now in stored
        assert len(stored) <= DAILY_KEPT + WEEKLY_KEPT
        now += timedelta(hours=3)
    days = sorted({t.date() for t in stored}, reverse=True)
    assert days[:DAILY_KEPT] == [(NOW - timedelta(days=d)).date() for d in range(DAILY_KEPT)]
    assert len({t.isocalendar()[:2] for t in stored}) == WEEKLY_KEPT


# --- when a backup is due ---------------------------------------------------------------


def test_no_backup_without_a_change() -> None:
    assert not backup_due(None, NOW, changed=False, idle_seconds=10_000)


def test_no_backup_while_the_user_is_busy() -> None:
    assert not backup_due(None, NOW, changed=True, idle_seconds=IDLE_BEFORE_BACKUP - 1)
    assert backup_due(None, NOW, changed=True, idle_seconds=IDLE_BEFORE_BACKUP)


def test_at_most_about_once_an_hour() -> None:
    recent = NOW - MIN_BACKUP_INTERVAL + timedelta(seconds=1)
    assert not backup_due(recent, NOW, changed=True, idle_seconds=600)
    assert backup_due(NOW - MIN_BACKUP_INTERVAL, NOW, changed=True, idle_seconds=600)


def test_custom_thresholds() -> None:
    last = NOW - timedelta(minutes=10)
    assert backup_due(
        last, NOW, changed=True, idle_seconds=5, min_idle=5, min_interval=timedelta(minutes=5)
    )


def test_a_last_backup_in_the_future_does_not_block_backups() -> None:
    assert backup_due(NOW + timedelta(days=30), NOW, changed=True, idle_seconds=600)
