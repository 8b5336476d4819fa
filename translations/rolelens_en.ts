<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>This is a developer posting; the TPM checks do not apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting describes a leadership role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting leans towards developer work in places; review the warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting reads as a software developer role, not a Technical Project Manager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoleLens review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: leadership %1%, execution %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moved the score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of TPM topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested sentence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings (*.md *.txt);;Markdown (*.md);;Text (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 — %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings fixed: %1 (lines in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings the reviewer kept on purpose are listed under Decisions instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting is too short to judge yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1 → %2 (%3) · Warnings: %4 → %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule was on when this report was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) turned off when this report was made, so their findings are not listed: %1.</source>
        <translation>
            <numerusform>%n rule turned off when this report was made, so its findings are not listed: %1.</numerusform>
            <numerusform>%n rules turned off when this report was made, so their findings are not listed: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Write and review Technical Project Manager postings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting to open; without one, the sample posting opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample posting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens</name>
    <message>
        <source>Coding demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements that ask for programming skill, such as expertise in a language or years of development work. A TPM needs to understand the technology well enough to discuss it and weigh its risks, not to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties that belong to the engineering team: writing, deploying or debugging code, running pipelines, being on call. A TPM plans and coordinates that work instead of doing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced engineering or computer science degrees made a hard requirement, which shuts out strong project leaders with other backgrounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings that join two jobs in one, such as a TPM who also works as a developer. Such roles are hard to fill and usually end up doing neither job well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hype and noise such as hashtags, emoji and words like “rockstar”, which make a posting read less seriously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misspelt words, checked with Hunspell and a list of project-management and technology terms. Words can be added to a personal dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borderline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the %2 dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a second look: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A misspelled posting costs the employer credibility with the candidates it wants most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::BalanceBar</name>
    <message>
        <source>Leadership and execution balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership %1%, execution %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::CompareDialog</name>
    <message>
        <source>Compare %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines only in the earlier version start with a minus sign, lines only in the later version with a plus sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings fixed and new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed by the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding was fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Info: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors %1 · Warnings %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::CoverageList</name>
    <message>
        <source>TPM topic coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked for developer postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topics to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::DisabledRulesDialog</name>
    <message>
        <source>Disabled Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules are turned off. Right-click a finding and choose Disable Rule to turn its rule off for every posting you open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules are off for every posting you open, and the review report lists them. Clear a box to turn its rule back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn All On</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::ExportController</name>
    <message>
        <source>posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-review.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::FindBar</name>
    <message>
        <source>Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every match; one Undo takes it all back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation>
            <numerusform>Replaced %n</numerusform>
            <numerusform>Replaced %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolelens::FindingsPanel</name>
    <message>
        <source>Developer posting: TPM checks do not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads as a developer role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some developer demands to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership-focused posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the suggested fix of every shown finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little text to judge yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) off</source>
        <translation>
            <numerusform>%n rule off</numerusform>
            <numerusform>%n rules off</numerusform>
        </translation>
    </message>
    <message>
        <source>Turned off with Disable Rule: %1.
Settings › Rule Packs › Disabled Rules turns them back on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::FindingsPresenter</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spelling</source>
        <translation>
            <numerusform>%n spelling</numerusform>
            <numerusform>%n spelling</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolelens::FindingsTree</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (F8 steps through every finding)</source>
        <translation>
            <numerusform>… and %n more (F8 steps through every finding)</numerusform>
            <numerusform>… and %n more (F8 steps through every finding)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolelens::MainWindow</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoleLens — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spelling Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule Pack Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some team rule packs were not loaded:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore the Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments and decisions of the recovered copy could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 is off for every posting. Settings › Rule Packs › Disabled Rules turns it back on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::PdfExporter</name>
    <message>
        <source>RoleLens review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::PostingDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was removed or renamed by another program. Saving keeps your text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by another program. Reload it and lose your unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by another program. Reload it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not UTF-8 Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not valid UTF-8 text. Open it as Windows-1252 (Latin-1)? It will be saved as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoleLens cannot open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened as Windows-1252; saving will write UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Posting As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posting.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::PostingEditor</name>
    <message>
        <source>Posting text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as Is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this finding aside without a reason; saved with the review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::RecoveryController</name>
    <message>
        <source>Could not keep a recovery copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoleLens found unsaved work from an earlier session: “%1”, copied %2. Restore it? If you do not, the copy is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::ReviewPanel</name>
    <message>
        <source>Text deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the selected text (Ctrl+Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Exceptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the kept findings as a rule pack, so the team&apos;s RoleLens accepts them too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this decision; a kept or ignored finding shows as open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::ReviewSession</name>
    <message>
        <source>the unreadable review file could not be kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::ReviewWorkflow</name>
    <message>
        <source>Cannot Read Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments and decisions of this posting could not be read: %1. The file is kept as it is until you save; then a copy stays beside it as “.broken”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting was saved, but its review could not be: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this comment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as Is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Exceptions as Rule Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoleLens cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text to comment on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor on a finding first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as Is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does %1 stay as it is? The reason goes into the review report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Exceptions as Rule Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceptions.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule packs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule pack could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept findings were saved as a rule pack. Use it as a team pack from now on, so these findings are not reported again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, written with each comment and decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::RuleGuideDialog</name>
    <message numerus="yes">
        <source>%n rule(s).</source>
        <translation>
            <numerusform>%n rule.</numerusform>
            <numerusform>%n rules.</numerusform>
        </translation>
    </message>
    <message>
        <source>What RoleLens Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What RoleLens checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoleLens reads a Technical Project Manager posting for places where it asks for a software developer instead. These are the kinds of findings it reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested rewrite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posting for a project leader should also say what the role leads. The checklist looks for these topics and offers a sentence for each one that is missing:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::ScoreGauge</name>
    <message>
        <source>TPM fit score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 100, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::SettingsMenu</name>
    <message>
        <source>Analysis &amp;Delay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;Author…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings and Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Team Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Team Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-analyse this many milliseconds after you stop typing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author written into exported PDFs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Team Rule Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule packs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disabled Rules…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::SpellingController</name>
    <message>
        <source>&amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn spelling on in Tools › Spelling Language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling: off (no %1 dictionary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a Hunspell dictionary (e.g. hunspell-en-us) or choose another language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words added to the dictionary are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::TextPrompt</name>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolelens::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings (*.md *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With an Earlier Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What RoleLens Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RoleLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RoleLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;RoleLens %1&lt;/h3&gt;&lt;p&gt;An editor for Technical Project Manager job postings. It marks demands that belong in a developer&apos;s posting, explains each one and offers a rewrite toward the work a TPM leads: risk, stakeholders, delivery and the team.&lt;/p&gt;&lt;p&gt;Released under the MIT licence. Built with Qt %2 and Hunspell.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
