<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaseReport</name>
    <message numerus="yes">
        <source>[… %n more characters]</source>
        <translation>
            <numerusform>[… %n more character]</numerusform>
            <numerusform>[… %n more characters]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more lines not shown.</source>
        <translation>
            <numerusform>%n more line not shown.</numerusform>
            <numerusform>%n more lines not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplanationText</name>
    <message numerus="yes">
        <source>mean distance to the %n nearest benign background scripts</source>
        <translation>
            <numerusform>distance to the nearest benign background script</numerusform>
            <numerusform>mean distance to the %n nearest benign background scripts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScriptViewText</name>
    <message numerus="yes">
        <source>%1 (%n call(s))</source>
        <translation>
            <numerusform>%1 (%n call)</numerusform>
            <numerusform>%1 (%n calls)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>layer %1 in %2, line %3 (%n call(s))</source>
        <translation>
            <numerusform>layer %1 in %2, line %3 (%n call)</numerusform>
            <numerusform>layer %1 in %2, line %3 (%n calls)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>layer %1 in %2 (%n call(s))</source>
        <translation>
            <numerusform>layer %1 in %2 (%n call)</numerusform>
            <numerusform>layer %1 in %2 (%n calls)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mph::app::CampaignGroupingModel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mph::app::CaseWidget</name>
    <message numerus="yes">
        <source>For the whole campaign (%n package(s))</source>
        <translation>
            <numerusform>For the whole campaign (%n package)</numerusform>
            <numerusform>For the whole campaign (%n packages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mph::app::CodeCompareWidget</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mph::app::InputsWidget</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mph::app::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n package(s) new</source>
        <translation>
            <numerusform>%1 of %n package new</numerusform>
            <numerusform>%1 of %n packages new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) ranked from %1 package(s); %2 error(s); %3 s</source>
        <translation>
            <numerusform>%n script ranked from %1 package(s); %2 error(s); %3 s</numerusform>
            <numerusform>%n scripts ranked from %1 package(s); %2 error(s); %3 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ranked script(s) selected on the map</source>
        <translation>
            <numerusform>%n ranked script selected on the map</numerusform>
            <numerusform>%n ranked scripts selected on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OSV record(s) written under %1</source>
        <translation>
            <numerusform>%n OSV record written under %1</numerusform>
            <numerusform>%n OSV records written under %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1: %n case(s) restored; %2 passphrase(s) were not stored, the configured ones are used.</source>
        <translation>
            <numerusform>Workspace %1: %n case restored; %2 passphrase(s) were not stored, the configured ones are used.</numerusform>
            <numerusform>Workspace %1: %n cases restored; %2 passphrase(s) were not stored, the configured ones are used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1: %n case(s) restored; running its inputs again.</source>
        <translation>
            <numerusform>Workspace %1: %n case restored; running its inputs again.</numerusform>
            <numerusform>Workspace %1: %n cases restored; running its inputs again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) had newer unsaved changes in their autosave; those were kept.</source>
        <translation>
            <numerusform>%n case had newer unsaved changes in its autosave; they were kept.</numerusform>
            <numerusform>%n cases had newer unsaved changes in their autosave; they were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mph::app::VersionDiffWidget</name>
    <message numerus="yes">
        <source>+%1 −%2 ~%3 lines, %n change(s)</source>
        <translation>
            <numerusform>+%1 −%2 ~%3 lines, %n change</numerusform>
            <numerusform>+%1 −%2 ~%3 lines, %n changes</numerusform>
        </translation>
    </message>
</context>
</TS>
