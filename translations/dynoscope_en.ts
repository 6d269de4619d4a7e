<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HeatmapDiagnostics</name>
    <message numerus="yes">
        <source>Throttling: %n request(s) were throttled in this window.</source>
        <translation>
            <numerusform>Throttling: %n request was throttled in this window.</numerusform>
            <numerusform>Throttling: %n requests were throttled in this window.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDiff</name>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Deleted %1 of about %n item(s)…</source>
        <translation>
            <numerusform>Deleted %1 of about %n item…</numerusform>
            <numerusform>Deleted %1 of about %n items…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryResult</name>
    <message numerus="yes">
        <source>Count %1 · ScannedCount %2 · %3 RCU · %n page(s)</source>
        <translation>
            <numerusform>Count %1 · ScannedCount %2 · %3 RCU · %n page</numerusform>
            <numerusform>Count %1 · ScannedCount %2 · %3 RCU · %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::AccessPatternCheckDialog</name>
    <message numerus="yes">
        <source>Done: %n access pattern(s) checked, %1.</source>
        <translation>
            <numerusform>Done: %n access pattern checked, %1.</numerusform>
            <numerusform>Done: %n access patterns checked, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deserve(s) a look.</source>
        <translation>
            <numerusform>%n deserves a look.</numerusform>
            <numerusform>%n deserve a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::BatchWriter</name>
    <message numerus="yes">
        <source>%n item(s) stayed unprocessed after %1 attempts</source>
        <translation>
            <numerusform>%n item stayed unprocessed after %1 attempts</numerusform>
            <numerusform>%n items stayed unprocessed after %1 attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::CopyTableDialog</name>
    <message numerus="yes">
        <source>%1 of about %Ln item(s) copied</source>
        <translation>
            <numerusform>%1 of about %Ln item copied</numerusform>
            <numerusform>%1 of about %Ln items copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln item(s) into %1 on %2.</source>
        <translation>
            <numerusform>Copied %Ln item into %1 on %2.</numerusform>
            <numerusform>Copied %Ln items into %1 on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target refused %Ln item(s), e.g.: %1</source>
        <translation>
            <numerusform>The target refused %Ln item, e.g.: %1</numerusform>
            <numerusform>The target refused %Ln items, e.g.: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy stopped: %1 holds the %Ln item(s) copied so far.</source>
        <translation>
            <numerusform>Copy stopped: %1 holds the %Ln item copied so far.</numerusform>
            <numerusform>Copy stopped: %1 holds the %Ln items copied so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ExportDialog</name>
    <message numerus="yes">
        <source>%Ln item(s) written (%1)</source>
        <translation>
            <numerusform>%Ln item written (%1)</numerusform>
            <numerusform>%Ln items written (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln item(s) to %1 (%2).</source>
        <translation>
            <numerusform>Exported %Ln item to %1 (%2).</numerusform>
            <numerusform>Exported %Ln items to %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%Ln good record(s)</source>
        <translation>
            <numerusform>%Ln good record</numerusform>
            <numerusform>%Ln good records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad</source>
        <translation>
            <numerusform>%Ln bad</numerusform>
            <numerusform>%Ln bad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written</source>
        <translation>
            <numerusform>%Ln item written</numerusform>
            <numerusform>%Ln items written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) skipped</source>
        <translation>
            <numerusform>%Ln record skipped</numerusform>
            <numerusform>%Ln records skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %Ln record(s) would be written</source>
        <translation>
            <numerusform>Checked: %Ln record would be written</numerusform>
            <numerusform>Checked: %Ln records would be written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would be skipped. Nothing was written.</source>
        <translation>
            <numerusform>%Ln would be skipped. Nothing was written.</numerusform>
            <numerusform>%Ln would be skipped. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln item(s).</source>
        <translation>
            <numerusform>Imported %Ln item.</numerusform>
            <numerusform>Imported %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) skipped.</source>
        <translation>
            <numerusform>%Ln record skipped.</numerusform>
            <numerusform>%Ln records skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln item(s) written before stay in the table.</source>
        <translation>
            <numerusform>The %Ln item written before stays in the table.</numerusform>
            <numerusform>The %Ln items written before stay in the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import stopped: the %Ln item(s) written so far stay in the table.</source>
        <translation>
            <numerusform>Import stopped: the %Ln item written so far stays in the table.</numerusform>
            <numerusform>Import stopped: the %Ln items written so far stay in the table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ItemBrowser</name>
    <message numerus="yes">
        <source>%n item(s) loaded</source>
        <translation>
            <numerusform>%n item loaded</numerusform>
            <numerusform>%n items loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from %1? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n item from %1? This cannot be undone.</numerusform>
            <numerusform>Delete %n items from %1? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::MainWindow</name>
    <message numerus="yes">
        <source>Serving %1 · %n request(s)</source>
        <translation>
            <numerusform>Serving %1 · %n request</numerusform>
            <numerusform>Serving %1 · %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::PartiqlPage</name>
    <message numerus="yes">
        <source>Failed after %n page(s).</source>
        <translation>
            <numerusform>Failed after %n page.</numerusform>
            <numerusform>Failed after %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::StreamRecordModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::StreamViewer</name>
    <message numerus="yes">
        <source>%n shard(s), </source>
        <translation>
            <numerusform>%n shard, </numerusform>
            <numerusform>%n shards, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n listed</source>
        <translation>
            <numerusform>, %n listed</numerusform>
            <numerusform>, %n listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TableActions</name>
    <message numerus="yes">
        <source>Deleted %n item(s) from %1.</source>
        <translation>
            <numerusform>Deleted %n item from %1.</numerusform>
            <numerusform>Deleted %n items from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge of %1 cancelled after %n item(s).</source>
        <translation>
            <numerusform>Purge of %1 cancelled after %n item.</numerusform>
            <numerusform>Purge of %1 cancelled after %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge of %1 stopped after %n item(s).</source>
        <translation>
            <numerusform>Purge of %1 stopped after %n item.</numerusform>
            <numerusform>Purge of %1 stopped after %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TableDescriptionView</name>
    <message numerus="yes">
        <source>%1 item(s) · %2 · %3</source>
        <translation>
            <numerusform>%1 item · %2 · %3</numerusform>
            <numerusform>%1 items · %2 · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TriggerPanel</name>
    <message numerus="yes">
        <source> (%n skipped)</source>
        <translation>
            <numerusform> (%n skipped)</numerusform>
            <numerusform> (%n skipped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TriggerRunner</name>
    <message numerus="yes">
        <source>Running on %n record(s), attempt %1</source>
        <translation>
            <numerusform>Running on %n record, attempt %1</numerusform>
            <numerusform>Running on %n records, attempt %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Halted: a batch of %n record(s) failed every attempt</source>
        <translation>
            <numerusform>Halted: a batch of %n record failed every attempt</numerusform>
            <numerusform>Halted: a batch of %n records failed every attempt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Killed after %n ms</source>
        <translation>
            <numerusform>Killed after %n ms</numerusform>
            <numerusform>Killed after %n ms</numerusform>
        </translation>
    </message>
</context>
</TS>
