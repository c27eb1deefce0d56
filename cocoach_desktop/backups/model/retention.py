"""When to back up the archive and which backups to keep: a pure policy, no files touched."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta, tzinfo

# Keep the newest backup of each of this many days that have a backup...
DAILY_KEPT = 7
# ...and the newest of each of this many ISO weeks (Monday to Sunday) that have a backup.
WEEKLY_KEPT = 4
# Back up only after the user has left the app alone this long, so a backup never
# competes with typing (seconds).
IDLE_BEFORE_BACKUP = 60.0
# And not more often than this: hourly is plenty for notes typed by hand.
MIN_BACKUP_INTERVAL = timedelta(hours=1)


def _aware(moment: datetime, what: str) -> datetime:
    # A naive datetime would be compared in some unknown zone; refuse rather than guess.
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware (UTC), got {moment!r}")
    return moment


def backups_to_keep(
    taken: Iterable[datetime],
    now: datetime,
    *,
    zone: tzinfo = UTC,
    sessions: Mapping[datetime, int | None] | None = None,
) -> set[datetime]:
    """The backup times (from ``taken``) to keep; every other one may be pruned.

    Kept are:

    * the newest backup overall, always;
    * every backup dated after ``now``: the clock has been set back (or was wrong when they
      were made), their age cannot be judged, so a suspect clock never deletes anything;
    * of the others, the newest of each of the ``DAILY_KEPT`` most recent calendar days that
      have a backup, and the newest of each of the ``WEEKLY_KEPT`` most recent ISO weeks
      (Monday to Sunday) that have one;
    * every backup holding more sessions than every backup taken after it (``sessions`` maps
      a backup time to its number of sessions; a time missing from it, or None, is not
      counted). An archive that lost sessions (emptied by a failed copy, or a wrong delete)
      thus never pushes the last good backup out of the rotation: it stays until a newer
      backup holds at least as many sessions again.

    Days and weeks are counted among those *that have a backup*, not back from ``now``: someone
    who does not open the app for two months still finds a week of history behind the backup
    made on their return, instead of that single backup alone. With a backup every day this is
    exactly "the last 7 days and the last 4 weeks". ``zone`` says where a day begins (UTC by
    default; pass the local zone to follow the user's days). At most
    ``DAILY_KEPT + WEEKLY_KEPT`` backups are kept, plus any dated in the future and any
    holding more sessions than all newer ones.
    """
    now = _aware(now, "now")
    times = sorted({_aware(t, "a backup time") for t in taken}, reverse=True)
    if not times:
        return set()
    keep = {times[0]}
    keep.update(t for t in times if t > now)
    past = [t for t in times if t <= now]  # newest first
    newest_of_day: dict[date, datetime] = {}
    newest_of_week: dict[tuple[int, int], datetime] = {}
    for moment in past:
        local = moment.astimezone(zone)
        # Newest first, so the first one seen in each bucket is the one to keep.
        if len(newest_of_day) < DAILY_KEPT or local.date() in newest_of_day:
            newest_of_day.setdefault(local.date(), moment)
        iso = local.isocalendar()
        week = (iso.year, iso.week)
        if len(newest_of_week) < WEEKLY_KEPT or week in newest_of_week:
            newest_of_week.setdefault(week, moment)
    keep.update(newest_of_day.values())
    keep.update(newest_of_week.values())
    if sessions is not None:
        most_after: int | None = None  # the most sessions held by any newer backup
        for moment in times:  # newest first
            count = sessions.get(moment)
            if count is None:
                continue
            if most_after is not None and count > most_after:
                keep.add(moment)
            most_after = count if most_after is None else max(most_after, count)
    return keep


def backups_to_prune(
    taken: Iterable[datetime],
    now: datetime,
    *,
    zone: tzinfo = UTC,
    sessions: Mapping[datetime, int | None] | None = None,
) -> list[datetime]:
    """The backup times that ``backups_to_keep`` does not keep, oldest first."""
    times = list(taken)
    keep = backups_to_keep(times, now, zone=zone, sessions=sessions)
    return sorted(t for t in set(times) if t not in keep)


def backup_due(
    last_backup: datetime | None,
    now: datetime,
    *,
    changed: bool,
    idle_seconds: float,
    min_idle: float = IDLE_BEFORE_BACKUP,
    min_interval: timedelta = MIN_BACKUP_INTERVAL,
) -> bool:
    """Whether to take a backup now.

    Only when something ``changed`` since the last one, the user has been idle for at least
    ``min_idle`` seconds, and the last backup is at least ``min_interval`` old (or there is
    none). A last backup dated after ``now`` means the clock went back: its age cannot be
    judged, and waiting for the clock to catch up could mean no backup for months, so one is due.
    """
    now = _aware(now, "now")
    if not changed or idle_seconds < min_idle:
        return False
    if last_backup is None:
        return True
    last_backup = _aware(last_backup, "last_backup")
    if last_backup > now:
        return True
    return now - last_backup >= min_interval
