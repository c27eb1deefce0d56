<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>AdviceHint</name>
        <message>
            <location filename="../../cocoach_desktop/advice/qt/advice_hint.py" />
            <source> (because of {reasons})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/advice/qt/advice_hint.py" />
            <source> ({reasons})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/advice/qt/advice_hint.py" />
            <source>. An open version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/advice/qt/advice_hint.py" />
            <source>. Ask instead:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/advice/qt/advice_hint.py" />
            <source>A closed question: it invites a yes, a no or one word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/advice/qt/advice_hint.py" />
            <source>Advice, not a question for them to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/advice/qt/advice_hint.py" />
            <source>An open question: it leaves the answer with them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/advice/qt/advice_hint.py" />
            <source>Use this question instead (Alt+{n})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/agenda_model.py" />
            <source>Actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/agenda_model.py" />
            <source>It began with {now} of its {plan}, so that the session ends on time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/agenda_model.py" />
            <source>Its share is {now} for now, so that the session ends on time; it gets time back, up to {plan}, if earlier phases finish early.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/agenda_model.py" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/agenda_model.py" />
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/agenda_model.py" />
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/agenda_model.py" />
            <source>Planned {planned}, extended to {plan}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/agenda_model.py" />
            <source>Planned {planned}, shortened to {plan}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/agenda_model.py" />
            <source>Whose turn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/agenda_model.py" />
            <source>{now}, as planned.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArchiveWindow</name>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>&amp;Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>&amp;Delete session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>Any group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>Any protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>Any tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>Anyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>Archive (current filter) as &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>Archive (current filter) as &amp;JSON…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>C&amp;lear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_window.py" />
            <source>Choose a session on the left, or search for a word or a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>Choose a session to export first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>Clear search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_window.py" />
            <source>Cocoach — archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/search_hits.py" />
            <source>Commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_deleting.py" />
            <source>Delete session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_deleting.py" />
            <source>Delete the session {what} with all its notes? Ctrl+Z puts it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_deleting.py" />
            <source>Delete {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_window.py" />
            <source>Enter opens, Delete deletes (Ctrl+Z undoes), Ctrl+Shift+E exports for the coachee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>Enter or double-click opens; Esc clears the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>Export cancelled: no file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>Export everything about {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>Export for one coachee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>Export the archive as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>Export the complete session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>Export the list as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>Export the session for the coachee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>Exporting to {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>Markdown files (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/search_hits.py" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/search_hits.py" />
            <source>Nothing found for “{q}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/search_hits.py" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>Results appear as you type; Enter opens, Esc clears (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>Search notes, commitments, topics and names (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>Session as &amp;Markdown for the coachee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>Session as &amp;PDF for the coachee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>Session as Markdown, complete (with private notes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_menus.py" />
            <source>Session as PDF, complete (with private notes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>Sessions of this group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>Sessions run with this protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>Sessions this person took part in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>Sessions with this tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>Show every session again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>That person is no longer in the archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>That session is no longer in the archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>The lowest date means any date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_exports.py" />
            <source>This session was shared. Whose copy is it? It holds only their part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/search_hits.py" />
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>any date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_deleting.py" />
            <source>this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>{name} is not in the archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_deleting.py" />
            <source>{name} was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>{n} session(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_finding.py" />
            <source>{n} session(s) match</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/background.py" />
            <source>Another import, export or backup is still running. Wait for it to finish, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/background.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/background.py" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/background.py" />
            <source>Closing Cocoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/background.py" />
            <source>Finishing the import, export or backup before closing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/background.py" />
            <source>Something went wrong, and it was stopped ({kind}: {text}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/background.py" />
            <source>{label}
Finishing: writing it to the disk…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Closing</name>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_flow.py" />
            <source>The closing choices were not saved: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClosingDialog</name>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_screen.py" />
            <source>A tag can have at most {n} characters: “{tag}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_screen.py" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_screen.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_screen.py" />
            <source>Commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_screen.py" />
            <source>Commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_screen.py" />
            <source>Confirm (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_screen.py" />
            <source>Dealt with today: {person} — {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_screen.py" />
            <source>Next time: topics still waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_screen.py" />
            <source>No commitments were noted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_screen.py" />
            <source>Session finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_screen.py" />
            <source>Tags, separated by commas (e.g. behaviour, year 9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_screen.py" />
            <source>The session and its notes are saved. Check the commitments (double-click to edit, untick to remove, choose a date by when) and tick the topics that were dealt with today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/closing_screen.py" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cocoach</name>
        <message>
            <location filename="../../cocoach_desktop/app/window_parts.py" />
            <source>&lt;h3&gt;Cocoach Desktop {version}&lt;/h3&gt;&lt;p&gt;A timer for group co-coaching: one coachee, the whole time; questions, not advice; nothing lost.&lt;/p&gt;&lt;p&gt;Your files live in:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;The archive is &lt;code&gt;{archive}&lt;/code&gt; there, with verified backups in &lt;code&gt;backups&lt;/code&gt;. It holds personal data about colleagues: keep this computer's disk encrypted.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/app/window_parts.py" />
            <source>About Cocoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/app/archive_handover.py" />
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/app/archive_handover.py" />
            <source>Finish the session before importing: its notes are being written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/app/archive_handover.py" />
            <source>Finish the session before restoring a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/app/archive_handover.py" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/app/archive_handover.py" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/app/prompting_wiring.py" />
            <source>Some question banks could not be read: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/app/__init__.py" />
            <source>Some settings were not understood and were reset: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/app/archive_handover.py" />
            <source>The archive could not be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/app/archive_handover.py" />
            <source>The archive is not open, so there is nothing to review.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommitmentEditor</name>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Delete this commitment (Ctrl+Z takes it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Follow-up: how did it go?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Save this commitment (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>What they will do</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompactWindow</name>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/compact_window.py" />
            <source>Back to the full window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/compact_window.py" />
            <source>Close compact timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/compact_window.py" />
            <source>Cocoach — compact timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/compact_window.py" />
            <source>Drag to move. Double-click for the full window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/compact_window.py" />
            <source>PAUSED · {phase}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/compact_window.py" />
            <source>Starts at {time} · {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/compact_window.py" />
            <source>Thank you · the session took</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/compact_window.py" />
            <source>Waiting to start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DueCalendar</name>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/due_picker.py" />
            <source>+1 week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/due_picker.py" />
            <source>Due {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/due_picker.py" />
            <source>Due {date} ({how})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/due_picker.py" />
            <source>Next session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/due_picker.py" />
            <source>No date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/due_picker.py" />
            <source>No due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/due_picker.py" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/due_picker.py" />
            <source>a week on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/due_picker.py" />
            <source>{n} days on: the team's usual gap</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DueDateEdit</name>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/due_picker.py" />
            <source>By when (optional). The calendar opens at today; F4 opens it from the keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/due_picker.py" />
            <source>no date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EndAtDialog</name>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>&amp;End at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>End the session at a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>It is {now}. The session is planned to end at {planned}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>The later phases keep their time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>The {n} later phases get {more} more between them ({share} in all).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>The {n} later phases will share {share} instead of their {wanted}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>This last phase already ends then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>This last phase gets {m} more and ends at {t}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>This last phase is shortened by {m} to end at {t}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>This last phase's time would be up at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>Too close: this phase has {left} left and the later phases need at least {floor} each, so the session cannot end before {earliest}. Take time from this phase too (−), or choose a later time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>{t} has already passed. Choose a later time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>{t} is more than 8 hours away. Choose an earlier time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FacilitatorWindow</name>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;About Cocoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Blank the room’s screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Compact timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Duplicate protocol…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Export questions to a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Extend or shorten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Finish session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Import questions from a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Import sessions from a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Next phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Next prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Open the archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Previous phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Previous prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Question bank and check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Restore from a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>+1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>+5 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>A session is running. Abandon it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>A session is running. Quit anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Choose a coachee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Choose a protocol and a length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Cocoach — facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>Count: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>End &amp;at…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>End the session at a time of day: the later phases are fitted to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Ended at {t}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Ends at {t} if started now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Finish the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Finish the session now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>Full screen (this window)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>Give this phase any number of minutes, or take some away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>Give this phase one more minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>Leave full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>N&amp;otes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>New &amp;session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>New session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>No coachee chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Nobody is chosen as today's coachee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>P&amp;in this prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Planned end {planned} · projected end {projected} ({how})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>Presentation &amp;screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>Prompts on the p&amp;rojector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Ran {ran} of the {planned} planned. Ctrl+N starts a new session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Session finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Set-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>Set-up &amp;panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Set-up ▸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>Show or hide the set-up; it folds away by itself when a session starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>Show where the &amp;data lives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>Start without a coachee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>Take one minute away from this phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>You can start anyway, but the session's notes will not be tied to anyone in the archive, and each commitment will ask whose it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>{m} min early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>{m} min late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>{n}/{count}  {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>{t} (moved from {was})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>−1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>■ The room’s screen is blank: B shows it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>▶ &amp;Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>▶ &amp;Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>◂ Hide set-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_actions.py" />
            <source>❚❚ &amp;Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/facilitator_window.py" />
            <source>❚❚ Paused</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>1 minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>1 second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Apr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>April</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Aug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>August</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Dec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>December</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Feb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>February</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Jan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>January</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Jul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>July</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Jun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>June</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Mar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>March</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>May</source>
            <comment>short month name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Monday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Nov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>November</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Oct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>October</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Sep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>September</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Sunday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Thursday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Tuesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>Wednesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>{n} minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/i18n.py" />
            <source>{n} seconds</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../cocoach_desktop/exchange/qt/importing.py" />
            <source>Cocoach exports (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/exchange/qt/importing.py" />
            <source>Import sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/exchange/qt/importing.py" />
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/exchange/qt/importing.py" />
            <source>Importing sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/exchange/qt/importing.py" />
            <source>Importing {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/exchange/qt/importing.py" />
            <source>Nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/exchange/qt/importing.py" />
            <source>{name} could not be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/exchange/qt/importing.py" />
            <source>{name} is not a text file (UTF-8): {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/exchange/qt/importing.py" />
            <source>{name} is too large to be an export ({mb} MB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/exchange/qt/importing.py" />
            <source>{n} session(s) were added to the archive.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Delete this note (Ctrl+Z takes it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Private notes never go into the coachee's copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Private: left out of the coachee's copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Save this note (Ctrl+Z takes it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Shareable</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source> (by {date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Before the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Commitments: what the coachee will do, and by when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Enter or double-click a note to write more in it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>File note (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Keep this note and start a new one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>No coachee was named for this session: say whose commitment it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Notes open when the session starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Notes: tied to the phase and time; private to you unless marked shareable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Private: only you see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Shareable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Shareable with the coachee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Shareable with the coachee (Ctrl+Shift+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>The coachee will… (Enter adds it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Type a note. It is saved as you type. Ctrl+Enter files it and starts another.
A line starting “Q:” or ending in “?” records a question asked: it is checked for advice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>What they will do… (Enter adds it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/notes/qt/notes_panel.py" />
            <source>Whose?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonView</name>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source> (due {d})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source>Delete them and everything about them (you are told what, first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source>Delete this person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source>Enter or double-click opens the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source>Export everything about this person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source>No person chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source>None open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source>None waiting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source>Open commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source>Save all their sessions, notes, commitments and topics as one JSON file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source>Sessions as coachee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source>Sessions in another role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source>Topics waiting for next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/person_view.py" />
            <source>{a} session(s) as coachee · {b} in another role</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>Ask, don’t tell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_window.py" />
            <source>Cocoach — presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>Ended at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>First: {phase}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>Next: the end of the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>Next: {phase}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_window.py" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>Starting at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>Starting at {time} · it is {now} now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>Starting shortly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>Starts in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>Thank you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>The session took {length}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>Waiting to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>{protocol} · phase {index} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/projector_screens.py" />
            <source>❚❚ Paused</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>'{key}' is blank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>'{key}' is far too large a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>'{key}' is {length} characters long; at most {limit} are allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>'{key}' is {version}; it must be {wanted}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>'{key}' must be {wanted}, but it is {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>(did you mean '{key}'?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>(the first {shown} are listed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A commitment's time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A follow-up note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A group's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>A new archive is offered again at the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A note's time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A participant's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A person's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A question's group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A session can last at most {hours} hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A session is finished or abandoned, not running, when it closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A shipped question's id is too long ({length} characters; at most {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A tally mark's phase cannot be {phase} (phases count from 0).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A tally mark's time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A tally mark's time in the session must be a number of seconds from 0 up, not {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>A topic's time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>An archive set aside earlier, {name}, holds {count} sessions; the archive in use holds {current}. Put the set-aside archive back in use? The archive in use is kept, renamed, not deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>An earlier archive holds more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>An event's time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/backup_service.py" />
            <source>An import or export is still running. Restore the backup once it has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Commitment {id} no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Could not back up the archive: a change is still in progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Could not back up the archive: it is not a SQLite database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Could not back up {path}: the file does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Could not set aside {path}: the file does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Could not write {what} {path}: the copy failed its check ({detail}). Nothing was replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Could not {doing} {path}: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Did not back up {label}: it is damaged ({detail}). The existing backups were left as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Did not restore over {path}: it is damaged, so it could not be saved first. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Did not restore {path}: it is damaged or unreadable ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Export cancelled: no file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Import cancelled: nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>It was left as it was; restore a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>It was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>It was left untouched; choose another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>It was left untouched; restore a backup or choose another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>It was left untouched; restore a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Keep a topic under {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>No new archive was started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Note {id} no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Person {id} no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Question {position}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/backup_service.py" />
            <source>Restored the backup of {backup}. The archive as it was is kept as {name}: restore that to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Saved question {id} no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Say whose topic it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Session {id} no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>Setting {key} = {value} was not understood.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>Solve that and start Cocoach again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive could not be used: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>The archive is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/backup_service.py" />
            <source>The archive is not open, so there is nothing to back up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>The archive that was in use is kept as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} cannot be opened: check the folder exists and may be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} cannot be read ({detail}). It was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} cannot be read ({detail}): is it a file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} cannot be read just now (the disk reported an error: {detail}). It was left untouched; check the disk or network drive and start Cocoach again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} cannot be written to (it or its folder is read-only).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} cannot be written to (read-only).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} could not be brought up to date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} could not be brought up to date: {count} row(s) point at rows that do not exist (first in {table}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} could not be opened ({detail}). It was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} failed its integrity check ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} is damaged or is not a Cocoach archive ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} is empty (0 bytes): a copy or sync of it probably failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} is in use by another program. Close it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} is not a database (damaged or another kind of file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} is too short to be a database ({size} bytes): a copy or sync of it probably failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The archive {path} was written by a newer version of Cocoach (schema {revision}). Install the newer version to open it; the file was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>The backup is offered again at the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>The backup was not restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/backup_service.py" />
            <source>The backup {name} cannot be restored: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The checkpoint's time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The commitment's time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>The damaged archive is kept as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>The damaged archive was put back under its own name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>The damaged archive was set aside as {name}; the backup of {backup} was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The disk holding the archive {path} is full. Free some space and start Cocoach again; the archive itself was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>The empty archive file was set aside as {name}; a new archive was started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The end time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The file cannot be imported: 1 problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The file cannot be imported: {count} problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The file {path} is a database, but not a Cocoach archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The file {path} is not a Cocoach archive (it holds no archive).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The folder for the archive {path} cannot be created ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The folder of the archive {path} cannot be written to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The imported data contradicts itself ({detail}); nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The name of who commits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The name of whose topic it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The note's time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The previous archive is in {saved}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The protocol has no phases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The restored archive {path} failed its check ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The session needs a length of at least one minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>The set-aside archive was not put back: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The shipped question {shipped} already has its own saved changes; change those instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The start time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>The timer works, but nothing is saved until then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The topic is empty; write a few words about it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>The topic's time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>This session was shared by {coachees}: say which coachee the copy is for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>To share the time, enter at least two people who bring a topic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>Topic {id} no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>a date and time as text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>a date as text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>a date or time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>a list of [[{key}]] tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>a list of text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>a list of texts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>a number in the file has far too many digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>a very large number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>a whole number of minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>and 1 more problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>and {count} more problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>another program (or this one) is still using it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>another program is holding the archive; try again in a moment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>contains a control character (U+{code})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>contains an invalid character (a lone UTF-16 surrogate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>empty (null)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>expected one of {allowed}, found {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>expected {expected}, found {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>infinite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>is before the session's start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>is blank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>is not a finite number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>is {length} characters long; at most {limit} are allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>item {number} of '{key}' must be text, but it is {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>no shipped questions for the group {names}; they start empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>no shipped questions for the groups {names}; they start empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>not JSON that can be read: it holds a number far too long (more than 4,300 digits)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>not JSON that can be read: it is nested too deeply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>not JSON that can be read: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>not JSON: line {line} column {column}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>put back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>read the backups in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>restore the backup into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>role {number} is blank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/model/choices.py" />
            <source>the archive as it was before the restore of {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the archive file is damaged; restart the app to restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the archive file or its folder has become read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the archive is not open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the checkpoint does not match the session's phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the checkpoint's phase is not in the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the copy of the current archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the disk could not be read or written (was a drive removed?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the disk is full; free some space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the file cannot be opened (missing, or the folder is read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the file could not be read ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the file could not be understood as a question bank ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the file could not be understood as a template ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the file has no questions; each one is a [[questions]] table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the file has {count} questions; a bank may have at most {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the file is damaged or is not an archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the file is larger than {kib} KiB, far too large for a protocol template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the file is larger than {kib} KiB, far too large for a question bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the file is nested too deeply to be a question bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the file is nested too deeply to be a template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the file is not saved as UTF-8 text (byte {byte} cannot be read); open it in an editor and save it again as UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the file must hold one table of keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the file must hold one table of keys (id, name, phases and so on), but it holds {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the file or folder does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the folder could not be read ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the folder is missing; no shipped questions could be loaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the folder or file is read-only, or belongs to someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the group '{group}' already comes from {where}; this file was skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the group {group} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the group {group}{hint} does not exist; the groups are: {groups}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the id '{id}' is already used by {name} ({where}); this file was skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the id is {length} characters long; at most {limit} are allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the id {id} is already used by question {number}; every question needs its own id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the id {id} may only use lowercase letters a-z, digits, hyphens and underscores, and must start with a letter or digit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the id {names} is already used in {where}; ids must be unique across all question files, so this file was skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the ids {names} are already used in {where}; ids must be unique across all question files, so this file was skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the key {key} appears twice in the same table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the name is {length} characters long; at most {limit} are allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the number {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the question bank is not text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the required key '{key}' is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the restored archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>the session is not in the archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the session length (default_minutes) is {minutes}; it must be a whole number of minutes from 1 to {most}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the speaker text has a {open} or {close} that does not belong to a placeholder; write {coachee} exactly, or leave the braces out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the speaker text uses {used}; the only placeholder allowed is {coachee}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the template could not be written correctly: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the template could not be written so that it reads back the same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>the template is not text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the text is blank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the text is {length} characters long; a question may have at most {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the text {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the {field} is blank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>the {field} must be text, but it is {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>there are no phases; a protocol needs at least one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>there are {count} phases; at most {limit} are allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>this file was made by a newer version of Cocoach (bank format {version}); this version reads format {supported}: update Cocoach to use it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>this is a file, not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>this is a file, not a folder; no shipped questions could be loaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>this is a folder, not a question bank file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>this is a protocol template, not a question bank; open it as a protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>this is not a Cocoach archive export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>this is not a Cocoach question bank: its format is {found}, not '{format}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>this is not a Cocoach question bank: the line format = "{format}" is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>this is not a text file; a protocol template is a TOML text file (.toml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>this is not a text file; a question bank is a TOML text file (.toml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>this is not valid JSON: {why} (at line {line}, column {column})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>this is not valid TOML: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>this looks like a JSON file; a question bank is a TOML file (.toml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>true/false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>unknown file format {format}; use TOML or JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>unknown key {key}{hint}; a question has only 'id' and 'text'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>unknown key {key}{hint}; the keys allowed here are: {keys}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>version {version} is newer than this app understands ({newest}); update Cocoach Desktop to import it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>write {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>write {what} into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>{damaged}

Set the damaged file aside (it is kept, renamed .damaged) and restore the backup of {backup}? Anything written after that backup is only in the damaged file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>{damaged}

There is no backup to restore. Set the empty file aside (it is kept, renamed .damaged) and start a new, empty archive?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>{damaged} It was left untouched. {declined} {nothing_saved}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>{damaged} There is no good backup to restore, so the file was left untouched. To start a new archive and keep this file, rename it or move it out of {folder}, then start Cocoach again. {nothing_saved}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>{end} has already passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>{end} is before the start at {start}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{index} is out of range: the session has 1 phase, numbered 0 to 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{index} is out of range: the session has no phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{index} is out of range: the session has {count} phases, numbered 0 to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{index} should be {position} (phases are numbered from 0, in order)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>{kind} is not a kind of tally mark ({allowed}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>{name} in {folder} holds more sessions than the archive in use; it is offered again at the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>{name} is a built-in protocol and cannot be changed; duplicate it to make your own copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>{name} is a built-in protocol and cannot be deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>{name} was put back but could not be opened: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>{name} was put back in use ({count} sessions).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{number} is below the smallest allowed, {other}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{number} is far too large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{number} is far too large for a number of seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{number} is negative; a number of seconds cannot be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>{people} people cannot share {minutes} minutes: each would get only seconds per phase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{phase} has a blank name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{phase} has a name {length} characters long; at most {limit} are allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{phase} has minutes {minutes}; a phase can last at most {most} minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{phase} has minutes {minutes}; minutes must be a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{phase} has minutes {minutes}; minutes must be an ordinary number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{phase} has minutes {minutes}; minutes must be more than 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{phase} names the question group {group}, which does not exist; the groups are: {groups}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/file_words.py" />
            <source>{problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>{problem} The damaged archive was left untouched. Solve that and start Cocoach again. {nothing_saved}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/backups/services/archive_start.py" />
            <source>{problem} The timer works, but nothing will be saved until this is solved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>{seconds} seconds is too short for {phases} phases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{start}… ({count} characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{text} has no time zone (write it in UTC, ending in Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{text} is not a date (YYYY-MM-DD, e.g. "2024-05-14")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{text} is not a date and time (ISO 8601 in UTC, e.g. "2024-05-07T09:00:00Z")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{text} is not a record's identity (a UUID, e.g. "0b6f4c1e-2d3a-4f5b-8c9d-1e2f3a4b5c6d")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{text} is outside the range of dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{value} is not one of {allowed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{version} is not a version of this format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>{what} has no time zone; give it in UTC.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/wording.py" />
            <source>{what} must be a table with {holding}, but it is {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>{what} {problems}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>{who} was not a coachee in this session (the coachees were {coachees}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>{who} was not a coachee in this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/problem_words.py" />
            <source>“{text}” is not a time of day: write it like 16:15.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Protocols</name>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/template_flow.py" />
            <source>Could not delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/template_flow.py" />
            <source>Could not save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/template_flow.py" />
            <source>Delete protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/template_flow.py" />
            <source>Delete your protocol “{name}”? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/template_flow.py" />
            <source>Duplicate protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/template_flow.py" />
            <source>Name of your copy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/template_flow.py" />
            <source>Your protocol could not be saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/template_flow.py" />
            <source>{name} (my version)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionBankKeeper</name>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>Added {n} question(s) to “{title}” from {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>Edit a question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>Export questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>Import questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>Nothing to add: the bank already has every question in {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>Nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>Question banks (*.toml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>Question banks (*.toml);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>That question is already in the bank.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>The archive is not open, so questions cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>The file could not be written: {r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>The question (the shipped wording stays available: type it back to undo):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>The question bank was not changed: {r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>Which group?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>Your own questions could not be read: {r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>Your question:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>add a question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>delete a question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>edit a question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>hide a question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>import questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>show a question again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>star a question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>unstar a question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/question_bank.py" />
            <source>{name} could not be imported, so nothing was added.

{problem}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionsPanel</name>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Add it to your own questions, in the chosen group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>All groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Check a question before it is asked: advice is caught as you type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Enter or double-click: show on the projector. Ctrl+S star, Ctrl+H hide, F2 edit, Delete removes your own question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Hidden too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>No phase is on: prompts follow the phases of a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>No prompt on the projector: this phase has no questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>On the projector (typed, stays until Q): “{q}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>On the projector, {n} of {count} ({how}): “{q}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Pin (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Put this question on the projector (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Q next, Shift+Q previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Search every group, not only this phase's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Search the questions (↓ goes to the list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Show on screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Star</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>The group “Keep” adds your question to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Type what you want to ask… (Enter shows it on the projector)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Unhide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Unpin (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>Unstar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>pinned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/questions/qt/questions_panel.py" />
            <source>yours</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>A session was lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>Close it as abandoned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>Its {notes} note(s) and {commitments} commitment(s) are safe.

Resume it where it was (the time away counts as a pause), resume it counting the time away as session time, or close it as abandoned?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>No copy of its notes was kept outside the archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>Resume (paused)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>Resume the interrupted session?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>Resume the session you left?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>Resume, counting the time away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_flow.py" />
            <source>Resumed the session cut off at {time}, paused. Press Space to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_flow.py" />
            <source>Resumed the session you left at {time}, paused. Press Space to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_flow.py" />
            <source>The interrupted session could not be brought back: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>The session started at {time} on {day} was being recorded when Cocoach last stopped, but the archive no longer holds it: its timings, notes and commitments are lost. This happens when the archive's -wal file is deleted (or the archive is replaced) after a crash; other recent changes may be missing too. Never delete the -wal file beside the archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>The session “{protocol}” ({who}) stopped unexpectedly at {time}, in the phase “{phase}”, {away} ago.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>The session “{protocol}” started at {time} on {day} was being recorded when Cocoach last stopped, but the archive no longer holds it: its timings, notes and commitments are lost. This happens when the archive's -wal file is deleted (or the archive is replaced) after a crash; other recent changes may be missing too. Never delete the -wal file beside the archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>The text of notes kept outside the archive during it is in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>You quit Cocoach during this session at {time}: “{protocol}” ({who}), in the phase “{phase}”, {away} ago.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recovery_dialog.py" />
            <source>no coachee named</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionListModel</name>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_model.py" />
            <source>Click to sort by this column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_model.py" />
            <source>Coachee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_model.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_model.py" />
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_model.py" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_model.py" />
            <source>Protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_model.py" />
            <source>Ran {actual} of {planned} planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_model.py" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_model.py" />
            <source>This session is {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_model.py" />
            <source>abandoned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_model.py" />
            <source>finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/archive_model.py" />
            <source>running</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionRecorder</name>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recorder_state.py" />
            <source> A copy is in {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recorder_state.py" />
            <source> Keep the app open: the text is only in memory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/commitment_taking.py" />
            <source>A commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/note_taking.py" />
            <source>Empty: the saved note is kept as it was</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recorder.py" />
            <source>Not recorded: notes go to a recovery file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recorder_state.py" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recorder_state.py" />
            <source>Notes could not be saved to the archive ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recorder.py" />
            <source>Notes the previous archive could not take were not put in the restored one; they are in {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recorder.py" />
            <source>Recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recorder.py" />
            <source>Resumed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recorder_state.py" />
            <source>Saved {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/note_taking.py" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/run_writes.py" />
            <source>Session saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/recorder_state.py" />
            <source>The commitment could not be saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/run_writes.py" />
            <source>The end of the session could not be saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/commitment_taking.py" />
            <source>The name of who commits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/run_writes.py" />
            <source>The session could not be recorded yet: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/run_writes.py" />
            <source>The timer's log could not be saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/note_taking.py" />
            <source>This note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/commitment_taking.py" />
            <source>Whose commitment is it? No coachee was named: type their name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/recording/qt/note_taking.py" />
            <source>the archive is not open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>(noted {date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>, overtime {t}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Add a commitment: what they will do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Add a note to this session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_corrections.py" />
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Add commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_corrections.py" />
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>Advice across {n} tallied sessions of {team}: {first}% in the first, {last}% in the latest. Fewer advice moments is the sign of a growing coaching culture.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Agenda: planned and actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Before or after the phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_corrections.py" />
            <source>Change tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Click a name to open the person's page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Coachee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Comma-separated, e.g. year 9, feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Dealt with in this meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_corrections.py" />
            <source>Delete commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_corrections.py" />
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_corrections.py" />
            <source>Edit commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_corrections.py" />
            <source>Edit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>End moved back to {t}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>End moved to {t}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>Extended {phase} {plus}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>Moved on early from {phase}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>Moved on from {phase}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>No commitments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>No events recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>No notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>No phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>No session chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>Nobody kept a tally in this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>None dealt with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>None noted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Noted in this meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Observer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>Overtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>Paused {span} in {phase}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_editors.py" />
            <source>Phase {n}: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Press Enter to save the tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Questions asked (the observer's tally)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Shareable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>Started with {phase}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>The trend could not be read: {r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>The trend for {team} shows once two sessions have a tally.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>Time up in {phase}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>Topics for next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>Went back from {phase}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>all sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>dealt with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>dealt with in this meeting too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>ended {t}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>no coachee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>open question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>open questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_view.py" />
            <source>ran {actual} of {planned} planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>team “{group}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>{minus} taken away from {phase}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/archive/qt/session_sections.py" />
            <source>{open}, {closed} closed, {advice} advice ({share}% of what was counted was advice).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>0: the prompt changes only when you move it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Change the prompt by itself every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Chime at the end of each phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Dark (best on most projectors)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>First warning when this much is left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Keep the planned end: shrink later phases when one runs over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Never shrink a phase below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Second warning when this much is left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Show a question prompt on the projector (Q moves on)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Show the time of day, small, on the projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Show “Ask, don’t tell” on the projector in questions-only phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>The visual warnings still show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>Warn when sharing leaves a coachee under</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/settings_dialog.py" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupPanel</name>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>&amp;Coachee today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>&amp;Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source>&amp;Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/protocol_section.py" />
            <source>&amp;Protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/setup_panel.py" />
            <source>&amp;Quality first: one coachee, the whole time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/setup_panel.py" />
            <source>&amp;Share the time among everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>&amp;Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/topics_section.py" />
            <source>&amp;Whose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source>A session needs at least 1 minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>Add a person and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>An observer watches and notes how the group works; they do not coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/protocol_section.py" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/protocol_section.py" />
            <source>Delete your own protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/protocol_section.py" />
            <source>Duplicate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/protocol_section.py" />
            <source>Edit your own protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/protocol_section.py" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/setup_panel.py" />
            <source>Give the whole time to one coachee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source>How long the session lasts: 1 to {max} minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/topics_section.py" />
            <source>Kept here, but not saved in the archive: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/protocol_section.py" />
            <source>Make your own copy to edit (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/topics_section.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/topics_section.py" />
            <source>Next time: topics that wait their turn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/protocol_section.py" />
            <source>No protocol is available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/topics_section.py" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>Observer / coach (Ctrl+M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/setup_panel.py" />
            <source>Recommended. The others' topics wait, recorded, for next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <location filename="../../cocoach_desktop/setup/qt/topics_section.py" />
            <source>Remove selected (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/setup_panel.py" />
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/protocol_section.py" />
            <source>Some protocol files could not be read, the others are fine:
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source>Starts &amp;at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>Take the selected person out of the group (Delete, in the list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/topics_section.py" />
            <source>Take the selected topic off the list (Delete, in the list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>The group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source>The session would end at {end}, before it starts at {start}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source>The time the session must end by. The minutes follow from it when you start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/topics_section.py" />
            <source>Their topic, in a few words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source>Until {end} is {minutes} minutes: a session lasts at most {max} minutes (8 hours).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/setup_panel.py" />
            <source>Use {minutes} minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source>When the session is planned to start: the room sees a countdown to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>Which team meets (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>Your name (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>add {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source>hh:mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source>hh:mm (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>make {name} a coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>make {name} an observer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/topics_section.py" />
            <source>note {name}'s topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source>or &amp;until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/topics_section.py" />
            <source>remove a topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>remove {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/protocol_section.py" />
            <source>{description}
Source: {source}
Made for about {minutes} minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source>{end} has already passed: type a later end, or the minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/setup_panel.py" />
            <source>{minutes} is too short for {protocol}, which is made for about {default} minutes: “{phase}” would get only {shortest}. Give it more time, or choose a shorter protocol.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/length_section.py" />
            <source>{minutes} minutes is too long: a session lasts at most {max} minutes (8 hours).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>{name} (observer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/protocol_section.py" />
            <source>{name} (yours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/setup/qt/group_section.py" />
            <source>{name} is already in the group.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/shortcuts_dialog.py" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/shortcuts_dialog.py" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/shortcuts_dialog.py" />
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/shell/qt/shortcuts_dialog.py" />
            <source>Timer keys work from the presentation window too. While you type in a field, letters go to the field.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/single_instance.py" />
            <source>Cocoach is already open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/single_instance.py" />
            <source>Cocoach is already open with this archive ({folder}). Only one copy at a time may write to it, so this one will close.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/single_instance.py" />
            <source>The data folder {folder} cannot be written ({reason}). The timer works; {kept}; nothing goes to the archive this time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/single_instance.py" />
            <source>a file is in the way where the folder should be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/single_instance.py" />
            <source>it is on a read-only disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/single_instance.py" />
            <source>it is read-only: you may not write in it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/single_instance.py" />
            <source>its lock file {name} cannot be made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/single_instance.py" />
            <source>notes are kept in memory and in a recovery file in {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/single_instance.py" />
            <source>notes are kept in memory only: keep Cocoach open until they are copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/platform/qt/single_instance.py" />
            <source>the disk is full</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TallyKeeper</name>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_panel.py" />
            <source>The count could not be saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_panel.py" />
            <source>The count could not be taken back: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_panel.py" />
            <source>count “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_panel.py" />
            <source>take back “{name}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TallyPanel</name>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_panel.py" />
            <source>Advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_panel.py" />
            <source>Closed question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_panel.py" />
            <source>Count one more: key {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_panel.py" />
            <source>Observer's tally: count what the coaches ask (keys 1, 2, 3; Ctrl+Z undoes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_panel.py" />
            <source>Open question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_panel.py" />
            <source>Take back the last count (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_panel.py" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TallyTrendChart</name>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_chart.py" />
            <source>advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_chart.py" />
            <source>closed question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_chart.py" />
            <source>open question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/tally/qt/tally_chart.py" />
            <source>{n} of the {total} tallied sessions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Add phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Default length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Edit protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>New phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Phase {n}: minutes must be a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Question groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Questions only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Remove phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>The banks this phase's prompts come from, separated by commas: {groups}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Tick for a phase of questions only: the projector says “Ask, don’t tell”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Whose turn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>Write {coachee} in “Whose turn” for the coachee's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>{m:g} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/protocols/qt/protocol_editor.py" />
            <source>– (a minutes cell is not a number)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimeChangeDialog</name>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>&amp;Give more time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>&amp;Minutes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>&amp;Take time away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>Change this phase's time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>It will have {left} left; the later phases can use the time (up to their plan).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>It will have {left} left; the session would end at {end}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>Its time is already up: there is nothing left to take away. Move on with N.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>Only {left} is left: taking it ends this phase's time now. From then on it counts as overtime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>That is more than the whole rest of the session ({rest}): you will be asked to confirm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>“{phase}” has {left} left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_dialogs.py" />
            <source>“{phase}” is {over} over its time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimingActions</name>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_actions.py" />
            <source>A long extension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_actions.py" />
            <source>Give “{phase}” {amount} more? That is more than the whole rest of the session ({rest}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_actions.py" />
            <source>Last phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_actions.py" />
            <source>Only {left} was left: this phase's time is now up (from now on it counts as overtime). Ctrl+Z gives it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_actions.py" />
            <source>The later phases would shrink to their minimum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_actions.py" />
            <source>The session now aims to end at {t}. Ctrl+Z puts the end back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_actions.py" />
            <source>The session would end about {late} late.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_actions.py" />
            <source>This is the last phase. Finish?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_actions.py" />
            <source>This phase's time is already up: there is no time left to take away. N moves on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_actions.py" />
            <source>back to “{phase}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_actions.py" />
            <source>end at {t}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_actions.py" />
            <source>move on to “{phase}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cocoach_desktop/timer/qt/timing_actions.py" />
            <source>{amount} taken away from this phase. Ctrl+Z gives it back.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
