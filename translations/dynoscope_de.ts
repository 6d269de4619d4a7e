<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AttributeFormat</name>
    <message>
        <source>{1 attribute}</source>
        <translation>{1 Attribut}</translation>
    </message>
    <message>
        <source>{%1 attributes}</source>
        <translation>{%1 Attribute}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Boolesch</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>String set</source>
        <translation>String-Set</translation>
    </message>
    <message>
        <source>Number set</source>
        <translation>Number-Set</translation>
    </message>
    <message>
        <source>Binary set</source>
        <translation>Binär-Set</translation>
    </message>
</context>
<context>
    <name>AwsResolver</name>
    <message>
        <source>There is no AWS profile “%1” in %2 or %3.</source>
        <translation>Es gibt kein AWS-Profil „%1“ in %2 oder %3.</translation>
    </message>
    <message>
        <source>No region: choose one, or set AWS_REGION or the profile&apos;s region.</source>
        <translation>Keine Region: Wählen Sie eine aus oder setzen Sie AWS_REGION oder die Region des Profils.</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>AWS endpoint of %1</source>
        <translation>AWS-Endpunkt von %1</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Enter the access key ID and the secret access key (typed keys are not saved).</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel ein (eingegebene Schlüssel werden nicht gespeichert).</translation>
    </message>
    <message>
        <source>typed keys</source>
        <translation>eingegebene Schlüssel</translation>
    </message>
    <message>
        <source>placeholder keys</source>
        <translation>Platzhalter-Schlüssel</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set.</source>
        <translation>Nur eine von AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY ist gesetzt.</translation>
    </message>
    <message>
        <source>No keys in the environment: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE to a profile with keys.</source>
        <translation>Keine Schlüssel in der Umgebung: Setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder AWS_PROFILE auf ein Profil mit Schlüsseln.</translation>
    </message>
    <message>
        <source>Profile “%1” gets its keys through %2, which Dynoscope cannot use yet. Export them with “aws configure export-credentials --profile %1 --format env” before starting Dynoscope and choose the environment, or type them.</source>
        <translation>Profil „%1“ erhält seine Schlüssel über %2, was Dynoscope noch nicht nutzen kann. Exportieren Sie sie vor dem Start von Dynoscope mit „aws configure export-credentials --profile %1 --format env“ und wählen Sie die Umgebung, oder geben Sie sie ein.</translation>
    </message>
    <message>
        <source>Profile “%1” has no aws_access_key_id and aws_secret_access_key.</source>
        <translation>Profil „%1“ hat kein aws_access_key_id und aws_secret_access_key.</translation>
    </message>
</context>
<context>
    <name>CodeLanguage</name>
    <message>
        <source>Python (boto3)</source>
        <translation>Python (boto3)</translation>
    </message>
    <message>
        <source>JavaScript (SDK v3 client)</source>
        <translation>JavaScript (SDK-v3-Client)</translation>
    </message>
    <message>
        <source>JavaScript (SDK v3 document client)</source>
        <translation>JavaScript (SDK-v3-Document-Client)</translation>
    </message>
    <message>
        <source>AWS CLI</source>
        <translation>AWS CLI</translation>
    </message>
    <message>
        <source>Go (SDK v2)</source>
        <translation>Go (SDK v2)</translation>
    </message>
    <message>
        <source>No DynamoDB operation to write code for.</source>
        <translation>Keine DynamoDB-Operation, für die Code geschrieben werden kann.</translation>
    </message>
</context>
<context>
    <name>ConnectionFactory</name>
    <message>
        <source>in-memory scratch database</source>
        <translation>temporäre In-Memory-Datenbank</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Die Datenbankdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>ein JSON-Array</translation>
    </message>
    <message>
        <source>Column %1 of the header has no name</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen</translation>
    </message>
    <message>
        <source>Column %1 appears twice in the header</source>
        <translation>Spalte %1 kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>The record has %1 fields; the header has %2</source>
        <translation>Der Datensatz hat %1 Felder; die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>Column %1 (%2) must hold %3</source>
        <translation>Spalte %1 (%2) muss %3 enthalten</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is not closed</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote of field %1</source>
        <translation>Unerwarteter Text nach dem schließenden Anführungszeichen von Feld %1</translation>
    </message>
    <message>
        <source>A quote inside the unquoted field %1</source>
        <translation>Ein Anführungszeichen im Feld %1 ohne Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>ErrorExplanation</name>
    <message>
        <source>The item did not meet the request&apos;s condition (for example, it already existed, or it changed since it was read), so nothing was written.</source>
        <translation>Das Element hat die Bedingung der Anfrage nicht erfüllt (zum Beispiel, weil es schon existierte oder sich seit dem Lesen geändert hat), daher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The table or index used more capacity than it has. Wait and retry, raise its provisioned capacity, or switch it to on-demand.</source>
        <translation>Die Tabelle oder der Index hat mehr Kapazität verbraucht als vorhanden. Warten Sie und versuchen Sie es erneut, erhöhen Sie die bereitgestellte Kapazität oder wechseln Sie zu On-Demand.</translation>
    </message>
    <message>
        <source>DynamoDB receives requests faster than it accepts them (often table operations such as CreateTable). Wait a moment and retry.</source>
        <translation>DynamoDB erhält Anfragen schneller, als es sie annimmt (oft Tabellenoperationen wie CreateTable). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The account&apos;s throughput quota is used up. Retry later, or ask AWS Support for a higher quota.</source>
        <translation>Das Durchsatzkontingent des Kontos ist ausgeschöpft. Versuchen Sie es später erneut oder beantragen Sie beim AWS Support ein höheres Kontingent.</translation>
    </message>
    <message>
        <source>Too many table or index operations run at once, or an account quota (such as the number of tables) is reached. Wait for running operations to finish and retry.</source>
        <translation>Zu viele Tabellen- oder Indexoperationen laufen gleichzeitig, oder ein Kontokontingent (etwa die Anzahl der Tabellen) ist erreicht. Warten Sie, bis laufende Operationen abgeschlossen sind, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The table or index does not exist in this account and region, or is not active yet. Check its name and the connection&apos;s region.</source>
        <translation>Die Tabelle oder der Index existiert in diesem Konto und dieser Region nicht oder ist noch nicht aktiv. Prüfen Sie den Namen und die Region der Verbindung.</translation>
    </message>
    <message>
        <source>The table or index already exists, or is being created, changed or deleted. Wait until it is active and retry.</source>
        <translation>Die Tabelle oder der Index existiert bereits oder wird gerade erstellt, geändert oder gelöscht. Warten Sie, bis sie aktiv ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>DynamoDB cancelled the whole transaction and wrote nothing. The reasons in brackets follow the order of the transaction&apos;s actions; None marks an action that was not at fault.</source>
        <translation>DynamoDB hat die gesamte Transaktion abgebrochen und nichts geschrieben. Die Gründe in eckigen Klammern folgen der Reihenfolge der Aktionen der Transaktion; None kennzeichnet eine Aktion, die nicht die Ursache war.</translation>
    </message>
    <message>
        <source>Another transaction is changing the same item at this moment. Retry after a short wait.</source>
        <translation>Eine andere Transaktion ändert gerade dasselbe Element. Versuchen Sie es nach kurzer Wartezeit erneut.</translation>
    </message>
    <message>
        <source>In a table with local secondary indexes, the items that share a partition key value can hold at most 10 GB together. Delete some of them or spread the data over more partition key values.</source>
        <translation>In einer Tabelle mit lokalen sekundären Indizes dürfen die Elemente mit demselben Partitionsschlüsselwert zusammen höchstens 10 GB umfassen. Löschen Sie einige davon oder verteilen Sie die Daten auf mehr Partitionsschlüsselwerte.</translation>
    </message>
    <message>
        <source>The endpoint does not know this access key. Check the connection&apos;s credentials (profile, environment variables or typed keys).</source>
        <translation>Der Endpunkt kennt diesen Zugriffsschlüssel nicht. Prüfen Sie die Anmeldeinformationen der Verbindung (Profil, Umgebungsvariablen oder eingegebene Schlüssel).</translation>
    </message>
    <message>
        <source>The request&apos;s signature does not match. Check the secret access key, the connection&apos;s region and this computer&apos;s clock.</source>
        <translation>Die Signatur der Anfrage stimmt nicht. Prüfen Sie den geheimen Zugriffsschlüssel, die Region der Verbindung und die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The credentials are valid, but their IAM policies do not allow this action on this resource.</source>
        <translation>Die Anmeldeinformationen sind gültig, aber ihre IAM-Richtlinien erlauben diese Aktion für diese Ressource nicht.</translation>
    </message>
    <message>
        <source>The session&apos;s credentials have expired. Renew them (for example with aws sso login) and reconnect.</source>
        <translation>Die Anmeldeinformationen der Sitzung sind abgelaufen. Erneuern Sie sie (zum Beispiel mit aws sso login) und verbinden Sie sich neu.</translation>
    </message>
    <message>
        <source>A temporary problem on the endpoint&apos;s side. Retry the request.</source>
        <translation>Ein vorübergehendes Problem auf Seiten des Endpunkts. Wiederholen Sie die Anfrage.</translation>
    </message>
    <message>
        <source>The endpoint cannot be reached. Check its URL and your network connection; a local endpoint must be running.</source>
        <translation>Der Endpunkt ist nicht erreichbar. Prüfen Sie seine URL und Ihre Netzwerkverbindung; ein lokaler Endpunkt muss laufen.</translation>
    </message>
    <message>
        <source>The endpoint answered, but not as DynamoDB does. Check that the URL points to a DynamoDB endpoint.</source>
        <translation>Der Endpunkt hat geantwortet, aber nicht wie DynamoDB. Prüfen Sie, ob die URL auf einen DynamoDB-Endpunkt zeigt.</translation>
    </message>
    <message>
        <source>“%1” is a reserved word in DynamoDB expressions. Write a placeholder such as #%1 instead and define it in ExpressionAttributeNames.</source>
        <translation>„%1“ ist ein reserviertes Wort in DynamoDB-Ausdrücken. Schreiben Sie stattdessen einen Platzhalter wie #%1 und definieren Sie ihn in ExpressionAttributeNames.</translation>
    </message>
    <message>
        <source>A key must name exactly the table&apos;s key attributes (the partition key, and the sort key if the table has one), with the types the table defines.</source>
        <translation>Ein Schlüssel muss genau die Schlüsselattribute der Tabelle nennen (den Partitionsschlüssel und, falls die Tabelle einen hat, den Sortierschlüssel), mit den Typen, die die Tabelle festlegt.</translation>
    </message>
    <message>
        <source>Every item needs the table&apos;s key attributes.</source>
        <translation>Jedes Element braucht die Schlüsselattribute der Tabelle.</translation>
    </message>
    <message>
        <source>A key attribute must have the type that the table or index defines for it.</source>
        <translation>Ein Schlüsselattribut muss den Typ haben, den die Tabelle oder der Index dafür festlegt.</translation>
    </message>
    <message>
        <source>An item can be at most 400 KB, attribute names included. Keep large values elsewhere (for example in Amazon S3) and store a reference in the item.</source>
        <translation>Ein Element darf höchstens 400 KB groß sein, Attributnamen eingeschlossen. Legen Sie große Werte anderswo ab (zum Beispiel in Amazon S3) und speichern Sie einen Verweis im Element.</translation>
    </message>
    <message>
        <source>A key condition must compare the partition key with “=”; it may also test the sort key.</source>
        <translation>Eine Schlüsselbedingung muss den Partitionsschlüssel mit „=“ vergleichen; sie kann zusätzlich den Sortierschlüssel prüfen.</translation>
    </message>
    <message>
        <source>Every #name and :value placeholder in an expression must be defined in ExpressionAttributeNames or ExpressionAttributeValues.</source>
        <translation>Jeder Platzhalter #name und :value in einem Ausdruck muss in ExpressionAttributeNames oder ExpressionAttributeValues definiert sein.</translation>
    </message>
    <message>
        <source>DynamoDB refuses placeholders that no expression uses. Remove them from the request.</source>
        <translation>DynamoDB lehnt Platzhalter ab, die kein Ausdruck verwendet. Entfernen Sie sie aus der Anfrage.</translation>
    </message>
    <message>
        <source>Deletion protection is on for this table. Turn it off in Table &gt; Change Table first.</source>
        <translation>Der Löschschutz ist für diese Tabelle aktiviert. Deaktivieren Sie ihn zuerst unter Tabelle &gt; Tabelle ändern.</translation>
    </message>
</context>
<context>
    <name>ExportFileWriter</name>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write a temporary file next to %1: %2</source>
        <translation>Neben %1 kann keine temporäre Datei geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write an item as %1: %2</source>
        <translation>Ein Element kann nicht als %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>%1 kann nicht zurückgelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ExpressionReader</name>
    <message>
        <source>The attribute name placeholder %1 is not defined.</source>
        <translation>Der Attributnamen-Platzhalter %1 ist nicht definiert.</translation>
    </message>
    <message>
        <source>The attribute name &quot;%1&quot; contains &quot;.&quot;, &quot;[&quot; or &quot;]&quot;, which builder paths cannot show.</source>
        <translation>Der Attributname „%1“ enthält „.“, „[“ oder „]“, was Pfade im Editor nicht darstellen können.</translation>
    </message>
    <message>
        <source>The value placeholder %1 is not defined.</source>
        <translation>Der Wertplatzhalter %1 ist nicht definiert.</translation>
    </message>
    <message>
        <source>A comparison of two attributes cannot be shown as a builder row.</source>
        <translation>Ein Vergleich zweier Attribute kann nicht als Zeile des Editors dargestellt werden.</translation>
    </message>
    <message>
        <source>A comparison of two values cannot be shown as a builder row.</source>
        <translation>Ein Vergleich zweier Werte kann nicht als Zeile des Editors dargestellt werden.</translation>
    </message>
    <message>
        <source>A comparison with a function other than size(path) cannot be shown as a builder row.</source>
        <translation>Ein Vergleich mit einer anderen Funktion als size(path) kann nicht als Zeile des Editors dargestellt werden.</translation>
    </message>
    <message>
        <source>%1() with these operands cannot be shown as a builder row.</source>
        <translation>%1() mit diesen Operanden kann nicht als Zeile des Editors dargestellt werden.</translation>
    </message>
    <message>
        <source>The function %1() cannot be shown as a builder row.</source>
        <translation>Die Funktion %1() kann nicht als Zeile des Editors dargestellt werden.</translation>
    </message>
    <message>
        <source>BETWEEN needs an attribute or size(attribute) on its left to be shown as a builder row.</source>
        <translation>BETWEEN braucht links ein Attribut oder size(attribute), um als Zeile des Editors dargestellt zu werden.</translation>
    </message>
    <message>
        <source>IN needs an attribute or size(attribute) on its left to be shown as a builder row.</source>
        <translation>IN braucht links ein Attribut oder size(attribute), um als Zeile des Editors dargestellt zu werden.</translation>
    </message>
    <message>
        <source>BETWEEN needs values as its bounds to be shown as a builder row.</source>
        <translation>BETWEEN braucht Werte als Grenzen, um als Zeile des Editors dargestellt zu werden.</translation>
    </message>
    <message>
        <source>IN needs a list of values to be shown as a builder row.</source>
        <translation>IN braucht eine Liste von Werten, um als Zeile des Editors dargestellt zu werden.</translation>
    </message>
    <message>
        <source>The expression cannot be shown in the builder.</source>
        <translation>Der Ausdruck kann im Editor nicht dargestellt werden.</translation>
    </message>
    <message>
        <source>&lt;&gt; cannot be used in a key condition.</source>
        <translation>&lt;&gt; kann in einer Schlüsselbedingung nicht verwendet werden.</translation>
    </message>
    <message>
        <source>A key condition compares a key attribute with values.</source>
        <translation>Eine Schlüsselbedingung vergleicht ein Schlüsselattribut mit Werten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key attribute of the table or index.</source>
        <translation>„%1“ ist kein Schlüsselattribut der Tabelle oder des Index.</translation>
    </message>
    <message>
        <source>The key condition has more than one condition on the sort key.</source>
        <translation>Die Schlüsselbedingung enthält mehr als eine Bedingung für den Sortierschlüssel.</translation>
    </message>
    <message>
        <source>The partition key condition must be an equality (=).</source>
        <translation>Die Bedingung für den Partitionsschlüssel muss eine Gleichheit (=) sein.</translation>
    </message>
    <message>
        <source>The key condition has more than one condition on the partition key.</source>
        <translation>Die Schlüsselbedingung enthält mehr als eine Bedingung für den Partitionsschlüssel.</translation>
    </message>
    <message>
        <source>A key condition can only use the function begins_with(sortKey, :value).</source>
        <translation>Eine Schlüsselbedingung kann nur die Funktion begins_with(sortKey, :value) verwenden.</translation>
    </message>
    <message>
        <source>A key condition is one condition on the partition key, optionally AND one on the sort key.</source>
        <translation>Eine Schlüsselbedingung ist eine Bedingung für den Partitionsschlüssel, optional mit AND eine für den Sortierschlüssel.</translation>
    </message>
    <message>
        <source>The key condition is empty.</source>
        <translation>Die Schlüsselbedingung ist leer.</translation>
    </message>
    <message>
        <source>The key condition has no condition on the partition key %1.</source>
        <translation>Die Schlüsselbedingung enthält keine Bedingung für den Partitionsschlüssel %1.</translation>
    </message>
    <message>
        <source>Key condition: %1</source>
        <translation>Schlüsselbedingung: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Projection: %1</source>
        <translation>Projektion: %1</translation>
    </message>
    <message>
        <source>The legacy parameter %1 is not read; use expressions.</source>
        <translation>Der veraltete Parameter %1 wird nicht gelesen; verwenden Sie Ausdrücke.</translation>
    </message>
</context>
<context>
    <name>HeatmapDiagnostics</name>
    <message>
        <source>Hot partition: partition %1 takes most of the traffic. A few partition key values are read or written far more than the rest; spread them (write sharding, caching).</source>
        <translation>Heiße Partition: Partition %1 trägt den Großteil des Verkehrs. Einige wenige Partitionsschlüsselwerte werden weit häufiger gelesen oder geschrieben als der Rest; verteilen Sie sie (Write Sharding, Caching).</translation>
    </message>
    <message>
        <source>Sequential keys: the hottest partition moves steadily along the key range over time, as when keys grow with time (timestamps, counters). Each moment hits one partition.</source>
        <translation>Sequenzielle Schlüssel: Die heißeste Partition wandert mit der Zeit stetig durch den Schlüsselbereich, wie bei Schlüsseln, die mit der Zeit wachsen (Zeitstempel, Zähler). Jeder Moment trifft eine einzige Partition.</translation>
    </message>
    <message numerus="yes">
        <source>Throttling: %n request(s) were throttled in this window.</source>
        <translation>
            <numerusform>Drosselung: %n Anfrage wurde in diesem Zeitfenster gedrosselt.</numerusform>
            <numerusform>Drosselung: %n Anfragen wurden in diesem Zeitfenster gedrosselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uneven key distribution: the fullest partition holds %1x the average number of items.</source>
        <translation>Ungleichmäßige Schlüsselverteilung: Die vollste Partition enthält das %1-Fache der durchschnittlichen Elementanzahl.</translation>
    </message>
</context>
<context>
    <name>ImportFileReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is empty: a CSV file starts with a header of attribute names</source>
        <translation>Die Datei ist leer: Eine CSV-Datei beginnt mit einer Kopfzeile aus Attributnamen</translation>
    </message>
    <message>
        <source>Line %1 (the header): %2</source>
        <translation>Zeile %1 (die Kopfzeile): %2</translation>
    </message>
</context>
<context>
    <name>ItemDiff</name>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEditorCondition</name>
    <message>
        <source>This item has too many attributes to check each one for changes made since you opened it: only its version attribute “%1” is checked.</source>
        <translation>Dieses Element hat zu viele Attribute, um jedes auf Änderungen seit dem Öffnen zu prüfen: Nur sein Versionsattribut „%1“ wird geprüft.</translation>
    </message>
    <message>
        <source>This item has too many attributes to check them for changes made since you opened it, and no version attribute: saving overwrites any such change.</source>
        <translation>Dieses Element hat zu viele Attribute, um sie auf Änderungen seit dem Öffnen zu prüfen, und kein Versionsattribut: Beim Speichern wird jede solche Änderung überschrieben.</translation>
    </message>
</context>
<context>
    <name>ItemEditorKeySchema</name>
    <message>
        <source>The table description has no usable key schema.</source>
        <translation>Die Tabellenbeschreibung hat kein verwendbares Schlüsselschema.</translation>
    </message>
    <message>
        <source>partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>sort key</source>
        <translation>Sortierschlüssel</translation>
    </message>
    <message>
        <source>The item needs its %1 “%2” (%3)</source>
        <translation>Das Element braucht den %1 „%2“ (%3)</translation>
    </message>
    <message>
        <source>The %1 “%2” must be a %3, not a %4</source>
        <translation>Der %1 „%2“ muss ein %3 sein, kein %4</translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be empty</source>
        <translation>Der %1 „%2“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>partition key %1 (%2)</source>
        <translation>Partitionsschlüssel %1 (%2)</translation>
    </message>
    <message>
        <source>sort key %1 (%2)</source>
        <translation>Sortierschlüssel %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ItemJson</name>
    <message>
        <source>A number is written as a string here, e.g. {&quot;N&quot;: &quot;1.5&quot;}</source>
        <translation>Eine Zahl wird hier als String geschrieben, z. B. {&quot;N&quot;: &quot;1.5&quot;}</translation>
    </message>
    <message>
        <source>“%1” is not a number DynamoDB accepts (at most 38 significant digits, magnitude from 1E-130 to below 1E+126)</source>
        <translation>„%1“ ist keine Zahl, die DynamoDB akzeptiert (höchstens 38 signifikante Stellen, Betrag von 1E-130 bis unter 1E+126)</translation>
    </message>
    <message>
        <source>A binary value is written as a base64 string</source>
        <translation>Ein Binärwert wird als Base64-String geschrieben</translation>
    </message>
    <message>
        <source>“%1” is not valid base64</source>
        <translation>„%1“ ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>A %1 set is written as an array</source>
        <translation>Ein %1-Set wird als Array geschrieben</translation>
    </message>
    <message>
        <source>DynamoDB does not store empty sets</source>
        <translation>DynamoDB speichert keine leeren Sets</translation>
    </message>
    <message>
        <source>A string set holds strings only</source>
        <translation>Ein String-Set enthält nur Strings</translation>
    </message>
    <message>
        <source>“%1” is in the set twice</source>
        <translation>„%1“ ist zweimal im Set</translation>
    </message>
    <message>
        <source>“%1” appears twice</source>
        <translation>„%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>$M holds an object: the map&apos;s attributes</source>
        <translation>$M enthält ein Objekt: die Attribute der Map</translation>
    </message>
    <message>
        <source>$N holds the number as a string</source>
        <translation>$N enthält die Zahl als String</translation>
    </message>
    <message>
        <source>$B holds base64 text</source>
        <translation>$B enthält Base64-Text</translation>
    </message>
    <message>
        <source>%1 holds an array</source>
        <translation>%1 enthält ein Array</translation>
    </message>
    <message>
        <source>$NS holds numbers</source>
        <translation>$NS enthält Zahlen</translation>
    </message>
    <message>
        <source>%1 holds strings</source>
        <translation>%1 enthält Strings</translation>
    </message>
    <message>
        <source>Unknown marker “%1” (known: $SS, $NS, $BS, $B, $N, $M); a map whose only key starts with “$” is written {&quot;$M&quot;: {&quot;%1&quot;: …}}</source>
        <translation>Unbekannte Markierung „%1“ (bekannt: $SS, $NS, $BS, $B, $N, $M); eine Map, deren einziger Schlüssel mit „$“ beginnt, wird {&quot;$M&quot;: {&quot;%1&quot;: …}} geschrieben</translation>
    </message>
    <message>
        <source>Nested more than %1 levels deep</source>
        <translation>Mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>An attribute value is an object such as {&quot;S&quot;: &quot;text&quot;}</source>
        <translation>Ein Attributwert ist ein Objekt wie {&quot;S&quot;: &quot;text&quot;}</translation>
    </message>
    <message>
        <source>An attribute value needs a type, e.g. {&quot;S&quot;: &quot;text&quot;}</source>
        <translation>Ein Attributwert braucht einen Typ, z. B. {&quot;S&quot;: &quot;text&quot;}</translation>
    </message>
    <message>
        <source>An attribute value has exactly one type; this one has %1</source>
        <translation>Ein Attributwert hat genau einen Typ; dieser hat %1</translation>
    </message>
    <message>
        <source>S holds a string</source>
        <translation>S enthält einen String</translation>
    </message>
    <message>
        <source>BOOL holds true or false</source>
        <translation>BOOL enthält true oder false</translation>
    </message>
    <message>
        <source>NULL holds true</source>
        <translation>NULL enthält true</translation>
    </message>
    <message>
        <source>L holds an array of attribute values</source>
        <translation>L enthält ein Array von Attributwerten</translation>
    </message>
    <message>
        <source>M holds an object of attribute values</source>
        <translation>M enthält ein Objekt aus Attributwerten</translation>
    </message>
    <message>
        <source>Unknown type “%1”: use S, N, B, BOOL, NULL, M, L, SS, NS or BS</source>
        <translation>Unbekannter Typ „%1“: Verwenden Sie S, N, B, BOOL, NULL, M, L, SS, NS oder BS</translation>
    </message>
    <message>
        <source>An item is a JSON object of attributes</source>
        <translation>Ein Element ist ein JSON-Objekt aus Attributen</translation>
    </message>
    <message>
        <source>An attribute name cannot be empty</source>
        <translation>Ein Attributname darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>ItemJsonError</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>ItemJsonReader</name>
    <message>
        <source>Unexpected text after the JSON value</source>
        <translation>Unerwarteter Text nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>Unexpected end of text</source>
        <translation>Unerwartetes Textende</translation>
    </message>
    <message>
        <source>Nested too deeply (more than %1 levels)</source>
        <translation>Zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
    <message>
        <source>Expected “:” after the member name</source>
        <translation>„:“ nach dem Membernamen erwartet</translation>
    </message>
    <message>
        <source>Expected “,” or “}” after a member</source>
        <translation>„,“ oder „}“ nach einem Member erwartet</translation>
    </message>
    <message>
        <source>Trailing comma before “}”</source>
        <translation>Überzähliges Komma vor „}“</translation>
    </message>
    <message>
        <source>Member names need double quotes, not single quotes</source>
        <translation>Membernamen brauchen doppelte, keine einfachen Anführungszeichen</translation>
    </message>
    <message>
        <source>Comments are not allowed in JSON</source>
        <translation>Kommentare sind in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>Member names need double quotes: &quot;%1&quot;</source>
        <translation>Membernamen brauchen doppelte Anführungszeichen: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Expected a member name in double quotes</source>
        <translation>Membername in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>Expected “,” or “]” after an element</source>
        <translation>„,“ oder „]“ nach einem Element erwartet</translation>
    </message>
    <message>
        <source>Trailing comma before “]”</source>
        <translation>Überzähliges Komma vor „]“</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>Nicht abgeschlossener String</translation>
    </message>
    <message>
        <source>Unterminated string (a line break must be written \n)</source>
        <translation>Nicht abgeschlossener String (ein Zeilenumbruch wird \n geschrieben)</translation>
    </message>
    <message>
        <source>Control characters must be escaped in strings</source>
        <translation>Steuerzeichen müssen in Strings maskiert werden</translation>
    </message>
    <message>
        <source>Invalid UTF-8</source>
        <translation>Ungültiges UTF-8</translation>
    </message>
    <message>
        <source>Invalid escape sequence “\%1”</source>
        <translation>Ungültige Escape-Sequenz „\%1“</translation>
    </message>
    <message>
        <source>Unpaired surrogate in a \u escape</source>
        <translation>Unpaariges Surrogat in einer \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>A \u escape needs four hexadecimal digits</source>
        <translation>Eine \u-Escape-Sequenz braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Invalid number “%1”</source>
        <translation>Ungültige Zahl „%1“</translation>
    </message>
    <message>
        <source>Strings need double quotes, not single quotes</source>
        <translation>Strings brauchen doppelte, keine einfachen Anführungszeichen</translation>
    </message>
    <message>
        <source>Unexpected “%1”: expected a value</source>
        <translation>Unerwartetes „%1“: Wert erwartet</translation>
    </message>
    <message>
        <source>Unexpected word “%1”: strings need double quotes</source>
        <translation>Unerwartetes Wort „%1“: Strings brauchen doppelte Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>ItemLineCodec</name>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>A line holds one item: a JSON object</source>
        <translation>Eine Zeile enthält ein Element: ein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>PlannedRequest</name>
    <message>
        <source>// %1/%2  %3 — %4
</source>
        <translation>// %1/%2  %3 — %4
</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 is up to date.</source>
        <translation>%1 ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Table Not Changed</source>
        <translation>Tabelle nicht geändert</translation>
    </message>
    <message>
        <source>DynamoDB refused a change to %1:
%2</source>
        <translation>DynamoDB hat eine Änderung an %1 abgelehnt:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of about %n item(s)…</source>
        <translation>
            <numerusform>%1 von etwa %n Element gelöscht…</numerusform>
            <numerusform>%1 von etwa %n Elementen gelöscht…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryRequest</name>
    <message>
        <source>Filter row %1: </source>
        <translation>Filterzeile %1: </translation>
    </message>
    <message>
        <source>choose an attribute.</source>
        <translation>Wählen Sie ein Attribut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attribute path (write a.b[0].c).</source>
        <translation>„%1“ ist kein Attributpfad (schreiben Sie a.b[0].c).</translation>
    </message>
    <message>
        <source>size() applies to comparisons, BETWEEN and IN only.</source>
        <translation>size() gilt nur für Vergleiche, BETWEEN und IN.</translation>
    </message>
    <message>
        <source>IN needs at least one value.</source>
        <translation>IN braucht mindestens einen Wert.</translation>
    </message>
    <message>
        <source>IN takes at most 100 values; this one has %1.</source>
        <translation>IN nimmt höchstens 100 Werte an; dieses hat %1.</translation>
    </message>
    <message>
        <source>BETWEEN needs two values.</source>
        <translation>BETWEEN braucht zwei Werte.</translation>
    </message>
    <message>
        <source>enter a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>enter a valid value.</source>
        <translation>Geben Sie einen gültigen Wert ein.</translation>
    </message>
    <message>
        <source>attribute_type needs one of S, SS, N, NS, B, BS, BOOL, NULL, L, M.</source>
        <translation>attribute_type braucht einen von S, SS, N, NS, B, BS, BOOL, NULL, L, M.</translation>
    </message>
    <message>
        <source>Choose a table.</source>
        <translation>Wählen Sie eine Tabelle.</translation>
    </message>
    <message>
        <source>A Query needs the partition key of the table or index.</source>
        <translation>Eine Abfrage braucht den Partitionsschlüssel der Tabelle oder des Index.</translation>
    </message>
    <message>
        <source>Enter a value for the partition key %1: a Query reads one partition.</source>
        <translation>Geben Sie einen Wert für den Partitionsschlüssel %1 ein: Eine Abfrage liest eine Partition.</translation>
    </message>
    <message>
        <source>This table or index has no sort key to compare.</source>
        <translation>Diese Tabelle oder dieser Index hat keinen Sortierschlüssel zum Vergleichen.</translation>
    </message>
    <message>
        <source>Enter a value for the sort key %1.</source>
        <translation>Geben Sie einen Wert für den Sortierschlüssel %1 ein.</translation>
    </message>
    <message>
        <source>BETWEEN needs a high value for the sort key %1.</source>
        <translation>BETWEEN braucht einen oberen Wert für den Sortierschlüssel %1.</translation>
    </message>
    <message>
        <source>begins_with does not apply to a Number sort key.</source>
        <translation>begins_with gilt nicht für einen Sortierschlüssel vom Typ Number.</translation>
    </message>
    <message>
        <source>The filter text is empty.</source>
        <translation>Der Filtertext ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attribute path to project (write a.b[0].c).</source>
        <translation>„%1“ ist kein zu projizierender Attributpfad (schreiben Sie a.b[0].c).</translation>
    </message>
    <message>
        <source>The page size must be 1 or more.</source>
        <translation>Die Seitengröße muss 1 oder mehr betragen.</translation>
    </message>
    <message>
        <source>The item limit must be 0 (all) or more.</source>
        <translation>Das Elementlimit muss 0 (alle) oder mehr betragen.</translation>
    </message>
    <message>
        <source>Segments must be between 1 and 1,000,000.</source>
        <translation>Die Segmente müssen zwischen 1 und 1.000.000 liegen.</translation>
    </message>
</context>
<context>
    <name>QueryResult</name>
    <message>
        <source>Read %1 items to return %2</source>
        <translation>%1 Elemente gelesen, um %2 zurückzugeben</translation>
    </message>
    <message numerus="yes">
        <source>Count %1 · ScannedCount %2 · %3 RCU · %n page(s)</source>
        <translation>
            <numerusform>Count %1 · ScannedCount %2 · %3 RCU · %n Seite</numerusform>
            <numerusform>Count %1 · ScannedCount %2 · %3 RCU · %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source> · first %1 items shown (max items)</source>
        <translation> · erste %1 Elemente angezeigt (max. Elemente)</translation>
    </message>
</context>
<context>
    <name>SavedQuery</name>
    <message>
        <source>The definition has no Operation.</source>
        <translation>Die Definition hat keine Operation.</translation>
    </message>
    <message>
        <source>The definition has no Request object.</source>
        <translation>Die Definition hat kein Request-Objekt.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>TableConfirmations</name>
    <message>
        <source>Delete the table %1?</source>
        <translation>Tabelle %1 löschen?</translation>
    </message>
    <message>
        <source>DeleteTable removes the table &lt;b&gt;%1&lt;/b&gt; with all of its items, its indexes and its stream. This cannot be undone.</source>
        <translation>DeleteTable entfernt die Tabelle &lt;b&gt;%1&lt;/b&gt; mit all ihren Elementen, ihren Indizes und ihrem Stream. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>Tabelle löschen</translation>
    </message>
    <message>
        <source>about %1 items</source>
        <translation>etwa %1 Elemente</translation>
    </message>
    <message>
        <source>every item</source>
        <translation>jedes Element</translation>
    </message>
    <message>
        <source>Delete all items of %1?</source>
        <translation>Alle Elemente von %1 löschen?</translation>
    </message>
    <message>
        <source>This scans &lt;b&gt;%1&lt;/b&gt; and deletes %2 with one DeleteItem request each. The table, its indexes and its settings stay. Deleted items cannot be recovered, and on a provisioned table the deletes consume write capacity.</source>
        <translation>Dies scannt &lt;b&gt;%1&lt;/b&gt; und löscht %2 mit je einer DeleteItem-Anfrage. Die Tabelle, ihre Indizes und ihre Einstellungen bleiben erhalten. Gelöschte Elemente können nicht wiederhergestellt werden, und bei einer Tabelle mit bereitgestellter Kapazität verbrauchen die Löschvorgänge Schreibkapazität.</translation>
    </message>
    <message>
        <source>Delete all items</source>
        <translation>Alle Elemente löschen</translation>
    </message>
</context>
<context>
    <name>TableRequestPlanner</name>
    <message>
        <source>Expire items by the attribute &apos;%1&apos;</source>
        <translation>Elemente anhand des Attributs &apos;%1&apos; ablaufen lassen</translation>
    </message>
    <message>
        <source>Stop expiring items by the attribute &apos;%1&apos;</source>
        <translation>Elemente nicht mehr anhand des Attributs &apos;%1&apos; ablaufen lassen</translation>
    </message>
    <message>
        <source>Switch to on-demand capacity</source>
        <translation>Zu On-Demand-Kapazität wechseln</translation>
    </message>
    <message>
        <source>Switch to provisioned capacity (%1 reads, %2 writes)</source>
        <translation>Zu bereitgestellter Kapazität wechseln (%1 Lesevorgänge, %2 Schreibvorgänge)</translation>
    </message>
    <message>
        <source>Provision %1 reads and %2 writes per second</source>
        <translation>%1 Lese- und %2 Schreibvorgänge pro Sekunde bereitstellen</translation>
    </message>
    <message>
        <source>Change the capacity of global secondary indexes</source>
        <translation>Die Kapazität globaler sekundärer Indizes ändern</translation>
    </message>
    <message>
        <source>Delete the global secondary index &apos;%1&apos;</source>
        <translation>Den globalen sekundären Index &apos;%1&apos; löschen</translation>
    </message>
    <message>
        <source>Create the global secondary index &apos;%1&apos;</source>
        <translation>Den globalen sekundären Index &apos;%1&apos; erstellen</translation>
    </message>
    <message>
        <source>Disable the stream</source>
        <translation>Den Stream deaktivieren</translation>
    </message>
    <message>
        <source>Enable a stream of %1</source>
        <translation>Einen Stream mit %1 aktivieren</translation>
    </message>
    <message>
        <source>Remove tags: %1</source>
        <translation>Tags entfernen: %1</translation>
    </message>
    <message>
        <source>Set tags: %1</source>
        <translation>Tags setzen: %1</translation>
    </message>
    <message>
        <source>Create the table &apos;%1&apos;</source>
        <translation>Die Tabelle &apos;%1&apos; erstellen</translation>
    </message>
    <message>
        <source>Protect the table against deletion</source>
        <translation>Die Tabelle vor dem Löschen schützen</translation>
    </message>
    <message>
        <source>Allow the table to be deleted</source>
        <translation>Das Löschen der Tabelle erlauben</translation>
    </message>
</context>
<context>
    <name>TableSpecValidator</name>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <source>Attribute names used here are at most 255 bytes long (this one has %1).</source>
        <translation>Hier verwendete Attributnamen sind höchstens 255 Bytes lang (dieser hat %1).</translation>
    </message>
    <message>
        <source>Read capacity must be at least 1 unit.</source>
        <translation>Die Lesekapazität muss mindestens 1 Einheit betragen.</translation>
    </message>
    <message>
        <source>Write capacity must be at least 1 unit.</source>
        <translation>Die Schreibkapazität muss mindestens 1 Einheit betragen.</translation>
    </message>
    <message>
        <source>Given value %1 for %2 is out of bounds.</source>
        <translation>Der angegebene Wert %1 für %2 liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 attribute in %3; an attribute has one type in all keys.</source>
        <translation>&apos;%1&apos; ist in %3 ein %2-Attribut; ein Attribut hat in allen Schlüsseln denselben Typ.</translation>
    </message>
    <message>
        <source>Enter the partition key attribute.</source>
        <translation>Geben Sie das Partitionsschlüsselattribut ein.</translation>
    </message>
    <message>
        <source>The sort key must differ from the partition key.</source>
        <translation>Der Sortierschlüssel muss sich vom Partitionsschlüssel unterscheiden.</translation>
    </message>
    <message>
        <source>the table&apos;s partition key</source>
        <translation>dem Partitionsschlüssel der Tabelle</translation>
    </message>
    <message>
        <source>the table&apos;s sort key</source>
        <translation>dem Sortierschlüssel der Tabelle</translation>
    </message>
    <message>
        <source>Local secondary indexes need a table with a sort key.</source>
        <translation>Lokale sekundäre Indizes erfordern eine Tabelle mit Sortierschlüssel.</translation>
    </message>
    <message>
        <source>A table can have at most %1 local secondary indexes.</source>
        <translation>Eine Tabelle kann höchstens %1 lokale sekundäre Indizes haben.</translation>
    </message>
    <message>
        <source>A table can have at most %1 global secondary indexes.</source>
        <translation>Eine Tabelle kann höchstens %1 globale sekundäre Indizes haben.</translation>
    </message>
    <message>
        <source>Another index is already named &apos;%1&apos;.</source>
        <translation>Ein anderer Index heißt bereits &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Enter the index partition key.</source>
        <translation>Geben Sie den Partitionsschlüssel des Index ein.</translation>
    </message>
    <message>
        <source>A local secondary index needs a sort key.</source>
        <translation>Ein lokaler sekundärer Index braucht einen Sortierschlüssel.</translation>
    </message>
    <message>
        <source>index &apos;%1&apos;</source>
        <translation>Index &apos;%1&apos;</translation>
    </message>
    <message>
        <source>List the non-key attributes to project (INCLUDE needs at least one).</source>
        <translation>Nennen Sie die zu projizierenden Nicht-Schlüsselattribute (INCLUDE braucht mindestens eines).</translation>
    </message>
    <message>
        <source>Non-key attribute &apos;%1&apos; is listed twice.</source>
        <translation>Das Nicht-Schlüsselattribut &apos;%1&apos; ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The indexes project %1 non-key attributes in all; DynamoDB allows at most %2, summed across all secondary indexes.</source>
        <translation>Die Indizes projizieren insgesamt %1 Nicht-Schlüsselattribute; DynamoDB erlaubt höchstens %2, summiert über alle sekundären Indizes.</translation>
    </message>
    <message>
        <source>Enter the attribute that holds the expiry time.</source>
        <translation>Geben Sie das Attribut ein, das die Ablaufzeit enthält.</translation>
    </message>
    <message>
        <source>A table can have at most %1 tags.</source>
        <translation>Eine Tabelle kann höchstens %1 Tags haben.</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>Geben Sie einen Tag-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Tag keys are at most %1 characters long.</source>
        <translation>Tag-Schlüssel sind höchstens %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>Tag values are at most %1 characters long.</source>
        <translation>Tag-Werte sind höchstens %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>Tags may contain only letters, digits, spaces and + - = . _ : / @</source>
        <translation>Tags dürfen nur Buchstaben, Ziffern, Leerzeichen und + - = . _ : / @ enthalten</translation>
    </message>
    <message>
        <source>The aws: prefix is reserved for AWS.</source>
        <translation>Das Präfix aws: ist für AWS reserviert.</translation>
    </message>
    <message>
        <source>The tag key &apos;%1&apos; is used twice.</source>
        <translation>Der Tag-Schlüssel &apos;%1&apos; wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>Enter an index name.</source>
        <translation>Geben Sie einen Indexnamen ein.</translation>
    </message>
    <message>
        <source>Enter a table name.</source>
        <translation>Geben Sie einen Tabellennamen ein.</translation>
    </message>
    <message>
        <source>Index names are 3 to 255 characters long (this one has %1).</source>
        <translation>Indexnamen sind 3 bis 255 Zeichen lang (dieser hat %1).</translation>
    </message>
    <message>
        <source>Table names are 3 to 255 characters long (this one has %1).</source>
        <translation>Tabellennamen sind 3 bis 255 Zeichen lang (dieser hat %1).</translation>
    </message>
    <message>
        <source>Index names may contain only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Indexnamen dürfen nur Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos; enthalten.</translation>
    </message>
    <message>
        <source>Table names may contain only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Tabellennamen dürfen nur Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos; enthalten.</translation>
    </message>
</context>
<context>
    <name>TransferFormat</name>
    <message>
        <source>DynamoDB JSON Lines</source>
        <translation>DynamoDB-JSON Lines</translation>
    </message>
    <message>
        <source>Plain JSON Lines</source>
        <translation>Einfaches JSON Lines</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
</context>
<context>
    <name>TriggerInvocation</name>
    <message>
        <source>failed to start</source>
        <translation>Start fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::AccessPatternCheckDialog</name>
    <message>
        <source>Check Access Patterns of %1</source>
        <translation>Zugriffsmuster von %1 prüfen</translation>
    </message>
    <message>
        <source>Runs every saved query of %1 through all its pages and measures what it costs.</source>
        <translation>Führt jede gespeicherte Abfrage von %1 über alle ihre Seiten aus und misst, was sie kostet.</translation>
    </message>
    <message>
        <source>%v of %m queries</source>
        <translation>%v von %m Abfragen</translation>
    </message>
    <message>
        <source>Access pattern</source>
        <translation>Zugriffsmuster</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Consumed RCU</source>
        <translation>Verbrauchte RCU</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Items returned (Count), after the filter</source>
        <translation>Zurückgegebene Elemente (Count), nach dem Filter</translation>
    </message>
    <message>
        <source>Items read (ScannedCount), before the filter</source>
        <translation>Gelesene Elemente (ScannedCount), vor dem Filter</translation>
    </message>
    <message>
        <source>Read capacity units consumed by all pages</source>
        <translation>Von allen Seiten verbrauchte Lesekapazitätseinheiten</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>%1 RCU in all</source>
        <translation>%1 RCU insgesamt</translation>
    </message>
    <message>
        <source>Stopped. %1 so far.</source>
        <translation>Angehalten. Bisher %1.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n access pattern(s) checked, %1.</source>
        <translation>
            <numerusform>Fertig: %n Zugriffsmuster geprüft, %1.</numerusform>
            <numerusform>Fertig: %n Zugriffsmuster geprüft, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deserve(s) a look.</source>
        <translation>
            <numerusform>%n verdient einen Blick.</numerusform>
            <numerusform>%n verdienen einen Blick.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Scan reads the whole table or index and pays for every item it reads, so its cost grows with the table. A Query on a key or an index reads only what it asks for.</source>
        <translation>Ein Scan liest die gesamte Tabelle oder den gesamten Index und bezahlt jedes gelesene Element, daher wachsen seine Kosten mit der Tabelle. Eine Abfrage über einen Schlüssel oder einen Index liest nur, was sie anfordert.</translation>
    </message>
    <message>
        <source>The filter discards most of the items after they were read and paid for: a key condition, or an index on the filtered attribute, would read only the items returned.</source>
        <translation>Der Filter verwirft die meisten Elemente, nachdem sie gelesen und bezahlt wurden: Eine Schlüsselbedingung oder ein Index auf dem gefilterten Attribut würde nur die zurückgegebenen Elemente lesen.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::AccessPatternRunner</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Scan reads every item</source>
        <translation>Scan liest jedes Element</translation>
    </message>
    <message>
        <source>returns %1% of the items it reads</source>
        <translation>gibt %1 % der gelesenen Elemente zurück</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::BatchWriter</name>
    <message numerus="yes">
        <source>%n item(s) stayed unprocessed after %1 attempts</source>
        <translation>
            <numerusform>%n Element blieb nach %1 Versuchen unverarbeitet</numerusform>
            <numerusform>%n Elemente blieben nach %1 Versuchen unverarbeitet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::CodeView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Den Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ConnectionDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Lokale Datenbank</translation>
    </message>
    <message>
        <source>&amp;Open a database file</source>
        <translation>Datenbankdatei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Create a &amp;new database file</source>
        <translation>&amp;Neue Datenbankdatei erstellen</translation>
    </message>
    <message>
        <source>In-&amp;memory scratch database, gone when Dynoscope closes</source>
        <translation>Temporäre In-&amp;Memory-Datenbank, beim Schließen von Dynoscope verworfen</translation>
    </message>
    <message>
        <source>Remote endpoint</source>
        <translation>Entfernter Endpunkt</translation>
    </message>
    <message>
        <source>&amp;DynamoDB endpoint: AWS, DynamoDB Local, LocalStack, dynoscope-server…</source>
        <translation>&amp;DynamoDB-Endpunkt: AWS, DynamoDB Local, LocalStack, dynoscope-server…</translation>
    </message>
    <message>
        <source>Choose the database file to open.</source>
        <translation>Wählen Sie die zu öffnende Datenbankdatei.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Choose where to create the database file.</source>
        <translation>Wählen Sie, wo die Datenbankdatei erstellt werden soll.</translation>
    </message>
    <message>
        <source>“%1” already exists: open it instead.</source>
        <translation>„%1“ existiert bereits: Öffnen Sie die Datei stattdessen.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Dynoscope databases (*%1);;All files (*)</source>
        <translation>Dynoscope-Datenbanken (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ConnectionTreeModel</name>
    <message>
        <source>Cannot list tables: %1</source>
        <translation>Tabellen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>TTL: %1</source>
        <translation>TTL: %1</translation>
    </message>
    <message>
        <source>Items expire when this Number attribute (epoch seconds) has passed.</source>
        <translation>Elemente laufen ab, wenn der Zeitpunkt in diesem Number-Attribut (Epochensekunden) verstrichen ist.</translation>
    </message>
    <message>
        <source>%1
Keys: %2
Items: %3</source>
        <translation>%1
Schlüssel: %2
Elemente: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stream: %1</source>
        <translation>Stream: %1</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::CopyTableDialog</name>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the items too (otherwise only the schema)</source>
        <translation>Auch die Elemente kopieren (sonst nur das Schema)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Ab:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>New table &amp;name:</source>
        <translation>&amp;Name der neuen Tabelle:</translation>
    </message>
    <message>
        <source>The new table gets the same keys, indexes, billing mode and stream settings. Tags, TTL, encryption and deletion protection are not copied.</source>
        <translation>Die neue Tabelle erhält dieselben Schlüssel, Indizes, denselben Kapazitätsmodus und dieselben Stream-Einstellungen. Tags, TTL, Verschlüsselung und Löschschutz werden nicht kopiert.</translation>
    </message>
    <message>
        <source>%1 (the same connection)</source>
        <translation>%1 (dieselbe Verbindung)</translation>
    </message>
    <message>
        <source>A table name has 3 to 255 letters, digits, underscores (_), hyphens (-) and dots (.).</source>
        <translation>Ein Tabellenname hat 3 bis 255 Buchstaben, Ziffern, Unterstriche (_), Bindestriche (-) und Punkte (.).</translation>
    </message>
    <message>
        <source>The target connection is closed.</source>
        <translation>Die Zielverbindung ist geschlossen.</translation>
    </message>
    <message>
        <source>Choose another name or another connection: a table cannot be copied onto itself.</source>
        <translation>Wählen Sie einen anderen Namen oder eine andere Verbindung: Eine Tabelle kann nicht auf sich selbst kopiert werden.</translation>
    </message>
    <message>
        <source>Creating %1 on %2 and waiting for it to become active…</source>
        <translation>%1 wird auf %2 erstellt; warte, bis sie aktiv ist…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %Ln item(s) copied</source>
        <translation>
            <numerusform>%1 von etwa %Ln Element kopiert</numerusform>
            <numerusform>%1 von etwa %Ln Elementen kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln item(s) into %1 on %2.</source>
        <translation>
            <numerusform>%Ln Element in %1 auf %2 kopiert.</numerusform>
            <numerusform>%Ln Elemente in %1 auf %2 kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 on %2.</source>
        <translation>%1 auf %2 erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>The target refused %Ln item(s), e.g.: %1</source>
        <translation>
            <numerusform>Das Ziel hat %Ln Element abgelehnt, z. B.: %1</numerusform>
            <numerusform>Das Ziel hat %Ln Elemente abgelehnt, z. B.: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>Das Kopieren ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copy stopped: %1 holds the %Ln item(s) copied so far.</source>
        <translation>
            <numerusform>Kopieren angehalten: %1 enthält das bisher kopierte %Ln Element.</numerusform>
            <numerusform>Kopieren angehalten: %1 enthält die bisher kopierten %Ln Elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy stopped.</source>
        <translation>Kopieren angehalten.</translation>
    </message>
    <message>
        <source>Reading the schema of %1…</source>
        <translation>Schema von %1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::CostPanel</name>
    <message>
        <source>Defaults: AWS us-east-1 list prices from &lt;a href=&quot;https://aws.amazon.com/dynamodb/pricing/on-demand/&quot;&gt;Pricing for On-Demand Capacity&lt;/a&gt; and &lt;a href=&quot;https://aws.amazon.com/dynamodb/pricing/provisioned/&quot;&gt;Pricing for Provisioned Capacity&lt;/a&gt;. Storage, backups and free tier are not included.</source>
        <translation>Standardwerte: AWS-Listenpreise für us-east-1 aus &lt;a href=&quot;https://aws.amazon.com/dynamodb/pricing/on-demand/&quot;&gt;Pricing for On-Demand Capacity&lt;/a&gt; und &lt;a href=&quot;https://aws.amazon.com/dynamodb/pricing/provisioned/&quot;&gt;Pricing for Provisioned Capacity&lt;/a&gt;. Speicher, Backups und kostenloses Kontingent sind nicht enthalten.</translation>
    </message>
    <message>
        <source>On-demand, per million read request units:</source>
        <translation>On-Demand, pro Million Leseanforderungseinheiten:</translation>
    </message>
    <message>
        <source>On-demand, per million write request units:</source>
        <translation>On-Demand, pro Million Schreibanforderungseinheiten:</translation>
    </message>
    <message>
        <source>Provisioned, per RCU-hour:</source>
        <translation>Bereitgestellt, pro RCU-Stunde:</translation>
    </message>
    <message>
        <source>Provisioned, per WCU-hour:</source>
        <translation>Bereitgestellt, pro WCU-Stunde:</translation>
    </message>
    <message>
        <source>No consumption observed yet.</source>
        <translation>Noch kein Verbrauch beobachtet.</translation>
    </message>
    <message>
        <source>Observed %1 RCU and %2 WCU in %3 s, extrapolated to a month (730 h):&lt;br&gt;&lt;b&gt;On-demand: %4/month&lt;/b&gt; (reads %5, writes %6)&lt;br&gt;&lt;b&gt;Provisioned: %7/month&lt;/b&gt; for %8 RCU and %9 WCU, the busiest second&apos;s consumption</source>
        <translation>%1 RCU und %2 WCU in %3 s beobachtet, hochgerechnet auf einen Monat (730 h):&lt;br&gt;&lt;b&gt;On-Demand: %4/Monat&lt;/b&gt; (Lesen %5, Schreiben %6)&lt;br&gt;&lt;b&gt;Bereitgestellt: %7/Monat&lt;/b&gt; für %8 RCU und %9 WCU, den Verbrauch der stärksten Sekunde</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::DemoData</name>
    <message>
        <source>Loading demo data: %1 of %2 items</source>
        <translation>Demodaten werden geladen: %1 von %2 Elementen</translation>
    </message>
    <message>
        <source>Demo data loaded: %1 items in 3 tables</source>
        <translation>Demodaten geladen: %1 Elemente in 3 Tabellen</translation>
    </message>
    <message>
        <source>Loading demo data failed: %1</source>
        <translation>Laden der Demodaten fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::EmbeddedConnection</name>
    <message>
        <source>Embedded: %1</source>
        <translation>Eingebettet: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Scan the table in this many segments at once (a parallel scan). More segments read a large table faster and use more read capacity.</source>
        <translation>Die Tabelle in so vielen Segmenten gleichzeitig scannen (paralleler Scan). Mehr Segmente lesen eine große Tabelle schneller und verbrauchen mehr Lesekapazität.</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;CSV (*.csv);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Parallel scan:</source>
        <translation>&amp;Paralleler Scan:</translation>
    </message>
    <message>
        <source> segment(s)</source>
        <translation> Segment(e)</translation>
    </message>
    <message>
        <source>Every item of the table is written; the file appears once the export is complete.</source>
        <translation>Jedes Element der Tabelle wird geschrieben; die Datei erscheint, sobald der Export abgeschlossen ist.</translation>
    </message>
    <message>
        <source>One {&quot;Item&quot;: …} per line in DynamoDB JSON, as DynamoDB&apos;s export to Amazon S3 writes it.</source>
        <translation>Ein {&quot;Item&quot;: …} pro Zeile in DynamoDB-JSON, wie es der Export von DynamoDB nach Amazon S3 schreibt.</translation>
    </message>
    <message>
        <source>One plain JSON object per line. Numbers keep every digit; sets and binaries are marked ({&quot;$SS&quot;: […]}, {&quot;$B&quot;: &quot;…&quot;}).</source>
        <translation>Ein einfaches JSON-Objekt pro Zeile. Zahlen behalten jede Ziffer; Sets und Binärwerte werden markiert ({&quot;$SS&quot;: […]}, {&quot;$B&quot;: &quot;…&quot;}).</translation>
    </message>
    <message>
        <source>A header of name:TYPE columns, then one item per row. Maps, lists and sets are written as JSON; an empty cell is a missing attribute.</source>
        <translation>Eine Kopfzeile aus name:TYPE-Spalten, dann ein Element pro Zeile. Maps, Listen und Sets werden als JSON geschrieben; eine leere Zelle ist ein fehlendes Attribut.</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Wählen Sie die Datei, in die exportiert werden soll.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existiert. Ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written (%1)</source>
        <translation>
            <numerusform>%Ln Element geschrieben (%1)</numerusform>
            <numerusform>%Ln Elemente geschrieben (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln item(s) to %1 (%2).</source>
        <translation>
            <numerusform>%Ln Element nach %1 exportiert (%2).</numerusform>
            <numerusform>%Ln Elemente nach %1 exportiert (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1
No file was written.</source>
        <translation>Der Export ist fehlgeschlagen: %1
Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export stopped. No file was written.</source>
        <translation>Export angehalten. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ExpressionEditor</name>
    <message>
        <source>&quot;%1&quot; is a reserved word: an attribute with this name must be written as a #placeholder.</source>
        <translation>„%1“ ist ein reserviertes Wort: Ein Attribut mit diesem Namen muss als #Platzhalter geschrieben werden.</translation>
    </message>
    <message>
        <source>Alias as %1</source>
        <translation>Als %1 maskieren</translation>
    </message>
    <message>
        <source>Writes the word as a #placeholder and defines it in ExpressionAttributeNames.</source>
        <translation>Schreibt das Wort als #Platzhalter und definiert ihn in ExpressionAttributeNames.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ExpressionLexer</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Attribute name</source>
        <translation>Attributname</translation>
    </message>
    <message>
        <source>Reserved word</source>
        <translation>Reserviertes Wort</translation>
    </message>
    <message>
        <source>Name placeholder</source>
        <translation>Namensplatzhalter</translation>
    </message>
    <message>
        <source>Value placeholder</source>
        <translation>Wertplatzhalter</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Invalid character</source>
        <translation>Ungültiges Zeichen</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ExpressionPane</name>
    <message>
        <source>ExpressionAttributeValues must be a JSON object of placeholders and values.</source>
        <translation>ExpressionAttributeValues muss ein JSON-Objekt aus Platzhaltern und Werten sein.</translation>
    </message>
    <message>
        <source>ExpressionAttributeNames must be a JSON object of placeholders and names.</source>
        <translation>ExpressionAttributeNames muss ein JSON-Objekt aus Platzhaltern und Namen sein.</translation>
    </message>
    <message>
        <source>The value of %1 must be a DynamoDB JSON value such as {&quot;S&quot;: &quot;text&quot;}.</source>
        <translation>Der Wert von %1 muss ein DynamoDB-JSON-Wert wie {&quot;S&quot;: &quot;text&quot;} sein.</translation>
    </message>
    <message>
        <source>The value of %1 must be a string: the attribute name.</source>
        <translation>Der Wert von %1 muss ein String sein: der Attributname.</translation>
    </message>
    <message>
        <source>Key condition (KeyConditionExpression)</source>
        <translation>Schlüsselbedingung (KeyConditionExpression)</translation>
    </message>
    <message>
        <source>Filter (FilterExpression)</source>
        <translation>Filter (FilterExpression)</translation>
    </message>
    <message>
        <source>Projection (ProjectionExpression)</source>
        <translation>Projektion (ProjectionExpression)</translation>
    </message>
    <message>
        <source>ExpressionAttributeNames</source>
        <translation>ExpressionAttributeNames</translation>
    </message>
    <message>
        <source>ExpressionAttributeValues (DynamoDB JSON)</source>
        <translation>ExpressionAttributeValues (DynamoDB-JSON)</translation>
    </message>
    <message>
        <source>ExpressionAttributeNames is not a valid JSON object.</source>
        <translation>ExpressionAttributeNames ist kein gültiges JSON-Objekt.</translation>
    </message>
    <message>
        <source>ExpressionAttributeValues is not a valid JSON object.</source>
        <translation>ExpressionAttributeValues ist kein gültiges JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::FilePathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importieren aus</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::FilterGroupWidget</name>
    <message>
        <source>NOT</source>
        <translation>NOT</translation>
    </message>
    <message>
        <source>Negate the whole group</source>
        <translation>Die ganze Gruppe negieren</translation>
    </message>
    <message>
        <source>All of (AND)</source>
        <translation>Alle (AND)</translation>
    </message>
    <message>
        <source>Any of (OR)</source>
        <translation>Eine beliebige (OR)</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Bedingung</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
    <message>
        <source>Add a nested AND/OR group</source>
        <translation>Eine verschachtelte AND/OR-Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>No filter: every item read is returned. Add a condition to filter.</source>
        <translation>Kein Filter: Jedes gelesene Element wird zurückgegeben. Fügen Sie eine Bedingung hinzu, um zu filtern.</translation>
    </message>
    <message>
        <source>An empty group is left out of the filter.</source>
        <translation>Eine leere Gruppe wird im Filter weggelassen.</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Diese Gruppe entfernen</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::FilterRowWidget</name>
    <message>
        <source>NOT</source>
        <translation>NOT</translation>
    </message>
    <message>
        <source>Negate this condition</source>
        <translation>Diese Bedingung negieren</translation>
    </message>
    <message>
        <source>attribute, e.g. a.b[0]</source>
        <translation>Attribut, z. B. a.b[0]</translation>
    </message>
    <message>
        <source>An attribute path: a name, a.b for a map member, a[0] for a list element</source>
        <translation>Ein Attributpfad: ein Name, a.b für ein Map-Member, a[0] für ein Listenelement</translation>
    </message>
    <message>
        <source>Compare size(attribute): the length of a string or binary, the number of elements of a set, list or map</source>
        <translation>size(attribute) vergleichen: die Länge eines Strings oder Binärwerts, die Anzahl der Elemente eines Sets, einer Liste oder einer Map</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existiert</translation>
    </message>
    <message>
        <source>not exists</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>The DynamoDB type the attribute must have</source>
        <translation>Der DynamoDB-Typ, den das Attribut haben muss</translation>
    </message>
    <message>
        <source>Add a value to the IN list</source>
        <translation>Der IN-Liste einen Wert hinzufügen</translation>
    </message>
    <message>
        <source>Remove the last value of the IN list</source>
        <translation>Den letzten Wert der IN-Liste entfernen</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::HeatmapView</name>
    <message>
        <source>No metrics yet</source>
        <translation>Noch keine Metriken</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partition %1&lt;/b&gt;&lt;br&gt;Range %2 – %3&lt;br&gt;%4: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;Partition %1&lt;/b&gt;&lt;br&gt;Bereich %2 – %3&lt;br&gt;%4: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Items: %1, size: %2</source>
        <translation>&lt;br&gt;Elemente: %1, Größe: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Top keys:&lt;br&gt;%1</source>
        <translation>&lt;br&gt;Top-Schlüssel:&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::HeatmapWindow</name>
    <message>
        <source>Partition Heatmap: %1</source>
        <translation>Partitions-Heatmap: %1</translation>
    </message>
    <message>
        <source>Consumed RCU</source>
        <translation>Verbrauchte RCU</translation>
    </message>
    <message>
        <source>Consumed WCU</source>
        <translation>Verbrauchte WCU</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Throttled requests</source>
        <translation>Gedrosselte Anfragen</translation>
    </message>
    <message>
        <source>Average latency (ms)</source>
        <translation>Durchschnittliche Latenz (ms)</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Size column in bytes</source>
        <translation>Größenspalte in Bytes</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>Brightness:</source>
        <translation>Helligkeit:</translation>
    </message>
    <message>
        <source>Click a cell to list its partition&apos;s hot keys; double-click a key to open the item.</source>
        <translation>Klicken Sie auf eine Zelle, um die heißen Schlüssel ihrer Partition aufzulisten; doppelklicken Sie auf einen Schlüssel, um das Element zu öffnen.</translation>
    </message>
    <message>
        <source>Hot Keys</source>
        <translation>Heiße Schlüssel</translation>
    </message>
    <message>
        <source>Load Simulator</source>
        <translation>Lastsimulator</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Hot keys need Dynoscope&apos;s GetHotKeys; this endpoint does not offer it.</source>
        <translation>Heiße Schlüssel erfordern GetHotKeys von Dynoscope; dieser Endpunkt bietet das nicht an.</translation>
    </message>
    <message>
        <source>%1 — %2 accesses</source>
        <translation>%1 — %2 Zugriffe</translation>
    </message>
    <message>
        <source>No hot keys recorded for partition %1 in this window.</source>
        <translation>Für Partition %1 wurden in diesem Zeitfenster keine heißen Schlüssel erfasst.</translation>
    </message>
    <message>
        <source>Estimate: this endpoint has no Dynoscope partition operations. Rows are %1 equal hash ranges, item counts come from a sample of up to 1000 scanned items, and activity counts only this app&apos;s own requests.</source>
        <translation>Schätzung: Dieser Endpunkt hat keine Partitionsoperationen von Dynoscope. Die Zeilen sind %1 gleich große Hash-Bereiche, die Elementanzahlen stammen aus einer Stichprobe von bis zu 1000 gescannten Elementen, und die Aktivität zählt nur die Anfragen dieser App.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::HttpConnection</name>
    <message>
        <source>%1 answered HTTP %2 %3, not a DynamoDB error.</source>
        <translation>%1 hat mit HTTP %2 %3 geantwortet, keinem DynamoDB-Fehler.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered with something other than DynamoDB&apos;s JSON.</source>
        <translation>%1 hat mit etwas anderem als dem JSON von DynamoDB geantwortet.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ImportDialog</name>
    <message>
        <source>Import into %1</source>
        <translation>In %1 importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Only check the file (dry run): write nothing</source>
        <translation>Nur die Datei prüfen (Probelauf): nichts schreiben</translation>
    </message>
    <message>
        <source>From the file name (.csv is CSV, anything else JSON Lines)</source>
        <translation>Nach dem Dateinamen (.csv ist CSV, alles andere JSON Lines)</translation>
    </message>
    <message>
        <source>JSON Lines: DynamoDB or plain JSON, told apart line by line</source>
        <translation>JSON Lines: DynamoDB- oder einfaches JSON, Zeile für Zeile unterschieden</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>CSV mit Kopfzeile</translation>
    </message>
    <message>
        <source>JSON Lines or CSV (*.jsonl *.json *.csv);;All files (*)</source>
        <translation>JSON Lines oder CSV (*.jsonl *.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Each record is checked against the table&apos;s key first: bad records are skipped and listed, good ones are written whole. An import is not a transaction: stopping it keeps the items written so far.</source>
        <translation>Jeder Datensatz wird zuerst gegen den Schlüssel der Tabelle geprüft: Fehlerhafte Datensätze werden übersprungen und aufgelistet, gute vollständig geschrieben. Ein Import ist keine Transaktion: Wird er angehalten, bleiben die bis dahin geschriebenen Elemente erhalten.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Grund für das Überspringen</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln good record(s)</source>
        <translation>
            <numerusform>%Ln gültiger Datensatz</numerusform>
            <numerusform>%Ln gültige Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad</source>
        <translation>
            <numerusform>%Ln fehlerhaft</numerusform>
            <numerusform>%Ln fehlerhaft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written</source>
        <translation>
            <numerusform>%Ln Element geschrieben</numerusform>
            <numerusform>%Ln Elemente geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) skipped</source>
        <translation>
            <numerusform>%Ln Datensatz übersprungen</numerusform>
            <numerusform>%Ln Datensätze übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %Ln record(s) would be written</source>
        <translation>
            <numerusform>Geprüft: %Ln Datensatz würde geschrieben</numerusform>
            <numerusform>Geprüft: %Ln Datensätze würden geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would be skipped. Nothing was written.</source>
        <translation>
            <numerusform>%Ln würde übersprungen. Es wurde nichts geschrieben.</numerusform>
            <numerusform>%Ln würden übersprungen. Es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln item(s).</source>
        <translation>
            <numerusform>%Ln Element importiert.</numerusform>
            <numerusform>%Ln Elemente importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) skipped.</source>
        <translation>
            <numerusform>%Ln Datensatz übersprungen.</numerusform>
            <numerusform>%Ln Datensätze übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln item(s) written before stay in the table.</source>
        <translation>
            <numerusform>Das zuvor geschriebene %Ln Element bleibt in der Tabelle.</numerusform>
            <numerusform>Die zuvor geschriebenen %Ln Elemente bleiben in der Tabelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Prüfung angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Import stopped: the %Ln item(s) written so far stay in the table.</source>
        <translation>
            <numerusform>Import angehalten: Das bisher geschriebene %Ln Element bleibt in der Tabelle.</numerusform>
            <numerusform>Import angehalten: Die bisher geschriebenen %Ln Elemente bleiben in der Tabelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>The first %1 skipped records are listed.</source>
        <translation>Die ersten %1 übersprungenen Datensätze werden aufgelistet.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::IndexListEditor</name>
    <message>
        <source>Global secondary indexes</source>
        <translation>Globale sekundäre Indizes</translation>
    </message>
    <message>
        <source>Local secondary indexes</source>
        <translation>Lokale sekundäre Indizes</translation>
    </message>
    <message>
        <source>Add global index</source>
        <translation>Globalen Index hinzufügen</translation>
    </message>
    <message>
        <source>Add local index</source>
        <translation>Lokalen Index hinzufügen</translation>
    </message>
    <message>
        <source>Query the table by other keys. A global index has its own partition key and, on a provisioned table, its own capacity. Indexes can be added to or removed from a table at any time.</source>
        <translation>Die Tabelle über andere Schlüssel abfragen. Ein globaler Index hat einen eigenen Partitionsschlüssel und bei einer Tabelle mit bereitgestellter Kapazität eine eigene Kapazität. Indizes können jederzeit hinzugefügt oder entfernt werden.</translation>
    </message>
    <message>
        <source>Query the table&apos;s partitions in another order. A local index shares the table&apos;s partition key and needs the table to have a sort key. Local indexes are defined when the table is created and cannot change afterwards.</source>
        <translation>Die Partitionen der Tabelle in einer anderen Reihenfolge abfragen. Ein lokaler Index teilt den Partitionsschlüssel der Tabelle und setzt voraus, dass die Tabelle einen Sortierschlüssel hat. Lokale Indizes werden beim Erstellen der Tabelle festgelegt und können danach nicht geändert werden.</translation>
    </message>
    <message>
        <source>No global secondary indexes.</source>
        <translation>Keine globalen sekundären Indizes.</translation>
    </message>
    <message>
        <source>No local secondary indexes.</source>
        <translation>Keine lokalen sekundären Indizes.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ItemBrowser</name>
    <message>
        <source>Hide expired</source>
        <translation>Abgelaufene ausblenden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <source>Items whose TTL has passed stay readable until DynamoDB deletes them; they are shown struck out.</source>
        <translation>Elemente, deren TTL abgelaufen ist, bleiben lesbar, bis DynamoDB sie löscht; sie werden durchgestrichen angezeigt.</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the loaded items.</source>
        <translation>„%1“ ist nicht in den geladenen Elementen.</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Delete Items…</source>
        <translation>Elemente löschen…</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Copy as Plain JSON</source>
        <translation>Als einfaches JSON kopieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Index %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded</source>
        <translation>
            <numerusform>%n Element geladen</numerusform>
            <numerusform>%n Elemente geladen</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 scanned</source>
        <translation> · %1 gescannt</translation>
    </message>
    <message>
        <source> · %1 RCU</source>
        <translation> · %1 RCU</translation>
    </message>
    <message>
        <source> · complete</source>
        <translation> · vollständig</translation>
    </message>
    <message>
        <source> · more when you scroll</source>
        <translation> · mehr beim Scrollen</translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation>Elemente löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from %1? This cannot be undone.</source>
        <translation>
            <numerusform>%n Element aus %1 löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Elemente aus %1 löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting items…</source>
        <translation>Elemente werden gelöscht…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 items.</source>
        <translation>%1 von %2 Elementen gelöscht.</translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation>Erster Fehler: %1</translation>
    </message>
    <message>
        <source>Edit Item…</source>
        <translation>Element bearbeiten…</translation>
    </message>
    <message>
        <source>Duplicate Item…</source>
        <translation>Element duplizieren…</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
    <message>
        <source>%1 of an item in %2</source>
        <translation>%1 eines Elements in %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>This item cannot be opened: the projection left out its table key.</source>
        <translation>Dieses Element kann nicht geöffnet werden: Die Projektion enthält seinen Tabellenschlüssel nicht.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ItemDiffDialog</name>
    <message>
        <source>Save Changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save these changes?</source>
        <translation>Diese Änderungen speichern?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ItemDiffView</name>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ItemEditorConflictDialog</name>
    <message>
        <source>Item Changed</source>
        <translation>Element geändert</translation>
    </message>
    <message>
        <source>The item changed since you opened it</source>
        <translation>Das Element hat sich seit dem Öffnen geändert</translation>
    </message>
    <message>
        <source>The item was deleted since you opened it</source>
        <translation>Das Element wurde seit dem Öffnen gelöscht</translation>
    </message>
    <message>
        <source>On the left, the item as stored now; on the right, your edit. Below, what saving your edit would change in the stored item.</source>
        <translation>Links das Element, wie es jetzt gespeichert ist; rechts Ihre Bearbeitung. Darunter, was das Speichern Ihrer Bearbeitung am gespeicherten Element ändern würde.</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Jetzt gespeichert</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>Das Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Ihre Bearbeitung</translation>
    </message>
    <message>
        <source>Saving your edit would change</source>
        <translation>Das Speichern Ihrer Bearbeitung würde ändern</translation>
    </message>
    <message>
        <source>Overwrite with My Edit</source>
        <translation>Mit meiner Bearbeitung überschreiben</translation>
    </message>
    <message>
        <source>Use Stored Item</source>
        <translation>Gespeichertes Element verwenden</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Drop your edit and edit the item as stored now</source>
        <translation>Ihre Bearbeitung verwerfen und das Element bearbeiten, wie es jetzt gespeichert ist</translation>
    </message>
    <message>
        <source>Go on editing; saving then checks against the item as stored now</source>
        <translation>Weiter bearbeiten; das Speichern prüft dann gegen das Element, wie es jetzt gespeichert ist</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ItemEditorDialog</name>
    <message>
        <source>plain JSON</source>
        <translation>einfaches JSON</translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation>DynamoDB-JSON</translation>
    </message>
    <message>
        <source>Item Editor</source>
        <translation>Element-Editor</translation>
    </message>
    <message>
        <source>Plain JSON</source>
        <translation>Einfaches JSON</translation>
    </message>
    <message>
        <source>Every value with its type, as DynamoDB&apos;s API writes it: {&quot;S&quot;: &quot;text&quot;}</source>
        <translation>Jeder Wert mit seinem Typ, wie die API von DynamoDB ihn schreibt: {&quot;S&quot;: &quot;text&quot;}</translation>
    </message>
    <message>
        <source>Ordinary JSON; numbers keep every digit. What JSON cannot say is marked:
{&quot;$SS&quot;: [...]}, {&quot;$NS&quot;: [&quot;1&quot;]}, {&quot;$BS&quot;: [base64]} sets, {&quot;$B&quot;: base64} binary,
{&quot;$N&quot;: &quot;+.5&quot;} unusual number text, {&quot;$M&quot;: {...}} a map whose only key starts with $</source>
        <translation>Gewöhnliches JSON; Zahlen behalten jede Ziffer. Was JSON nicht ausdrücken kann, wird markiert:
{&quot;$SS&quot;: [...]}, {&quot;$NS&quot;: [&quot;1&quot;]}, {&quot;$BS&quot;: [base64]} Sets, {&quot;$B&quot;: base64} Binärwert,
{&quot;$N&quot;: &quot;+.5&quot;} ungewöhnliche Zahlenschreibweise, {&quot;$M&quot;: {...}} eine Map, deren einziger Schlüssel mit $ beginnt</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Indent the JSON (Ctrl+Shift+F)</source>
        <translation>JSON einrücken (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the item (Ctrl+S)</source>
        <translation>Element speichern (Strg+S)</translation>
    </message>
    <message>
        <source>The item&apos;s key is not a JSON object.</source>
        <translation>Der Schlüssel des Elements ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Reading the item…</source>
        <translation>Element wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the item: %1: %2</source>
        <translation>Element konnte nicht gelesen werden: %1: %2</translation>
    </message>
    <message>
        <source>This item no longer exists. Saving creates it again.</source>
        <translation>Dieses Element existiert nicht mehr. Beim Speichern wird es neu erstellt.</translation>
    </message>
    <message>
        <source>Fix the problem below to switch to %1: %2</source>
        <translation>Beheben Sie das Problem unten, um zu %1 zu wechseln: %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>New item in %1</source>
        <translation>Neues Element in %1</translation>
    </message>
    <message>
        <source>Edit item in %1</source>
        <translation>Element in %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Item — %1</source>
        <translation>Neues Element — %1</translation>
    </message>
    <message>
        <source>Edit Item — %1</source>
        <translation>Element bearbeiten — %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Stored item: %1</source>
        <translation>Gespeichertes Element: %1</translation>
    </message>
    <message>
        <source>Valid %1</source>
        <translation>Gültiges %1</translation>
    </message>
    <message>
        <source>Go to the problem</source>
        <translation>Zum Problem springen</translation>
    </message>
    <message>
        <source>The item cannot be saved yet: %1</source>
        <translation>Das Element kann noch nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Nothing to save: the item is as stored.</source>
        <translation>Nichts zu speichern: Das Element ist wie gespeichert.</translation>
    </message>
    <message>
        <source>Key Changed</source>
        <translation>Schlüssel geändert</translation>
    </message>
    <message>
        <source>You changed the item&apos;s key.</source>
        <translation>Sie haben den Schlüssel des Elements geändert.</translation>
    </message>
    <message>
        <source>Saving creates a new item (%1). The item you opened (%2) stays as it is.</source>
        <translation>Beim Speichern entsteht ein neues Element (%1). Das geöffnete Element (%2) bleibt unverändert.</translation>
    </message>
    <message>
        <source>Save as New Item</source>
        <translation>Als neues Element speichern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>DynamoDB refused the item: %1: %2</source>
        <translation>DynamoDB hat das Element abgelehnt: %1: %2</translation>
    </message>
    <message>
        <source>Item Changed</source>
        <translation>Element geändert</translation>
    </message>
    <message>
        <source>An item with this key already exists.</source>
        <translation>Ein Element mit diesem Schlüssel existiert bereits.</translation>
    </message>
    <message>
        <source>The item changed since you opened it.</source>
        <translation>Das Element hat sich seit dem Öffnen geändert.</translation>
    </message>
    <message>
        <source>Someone else created it after you started. Compare it with your edit, or overwrite it with your edit.</source>
        <translation>Jemand anderes hat es erstellt, nachdem Sie begonnen haben. Vergleichen Sie es mit Ihrer Bearbeitung oder überschreiben Sie es damit.</translation>
    </message>
    <message>
        <source>Someone else changed or deleted it after you opened it. Nothing was saved. Reload it to compare with your edit, or overwrite their change.</source>
        <translation>Jemand anderes hat es nach dem Öffnen geändert oder gelöscht. Es wurde nichts gespeichert. Laden Sie es neu, um es mit Ihrer Bearbeitung zu vergleichen, oder überschreiben Sie die fremde Änderung.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Reload and Compare…</source>
        <translation>Neu laden und vergleichen…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Reading the stored item…</source>
        <translation>Gespeichertes Element wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the stored item: %1: %2</source>
        <translation>Gespeichertes Element konnte nicht gelesen werden: %1: %2</translation>
    </message>
    <message>
        <source>Saving now checks your edit against the item as stored now.</source>
        <translation>Das Speichern prüft Ihre Bearbeitung jetzt gegen das Element, wie es jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>Your edit was dropped: this is the item as stored now.</source>
        <translation>Ihre Bearbeitung wurde verworfen: Dies ist das Element, wie es jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save this new item before closing?</source>
        <translation>Dieses neue Element vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Save your changes to this item before closing?</source>
        <translation>Ihre Änderungen an diesem Element vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ItemTableModel</name>
    <message>
        <source>Expired: its %1 has passed; DynamoDB deletes it soon.
</source>
        <translation>Abgelaufen: Sein %1 ist verstrichen; DynamoDB löscht es bald.
</translation>
    </message>
    <message>
        <source>%1: partition key</source>
        <translation>%1: Partitionsschlüssel</translation>
    </message>
    <message>
        <source>%1: sort key</source>
        <translation>%1: Sortierschlüssel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not base64.</source>
        <translation>„%1“ ist kein Base64.</translation>
    </message>
    <message>
        <source>The item changed since it was loaded; it was not overwritten. Refresh to see its current value.</source>
        <translation>Das Element hat sich seit dem Laden geändert und wurde nicht überschrieben. Aktualisieren Sie, um seinen aktuellen Wert zu sehen.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::KeyAttributeEditor</name>
    <message>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>The attribute&apos;s type: key attributes are strings, numbers or binary.</source>
        <translation>Der Typ des Attributs: Schlüsselattribute sind Strings, Zahlen oder Binärwerte.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::KeyConditionEditor</name>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>The sort-key condition; &quot;any&quot; reads the whole partition</source>
        <translation>Die Bedingung für den Sortierschlüssel; „beliebig“ liest die ganze Partition</translation>
    </message>
    <message>
        <source>A Query reads the items of one partition: its key value is required</source>
        <translation>Eine Abfrage liest die Elemente einer Partition: Ihr Schlüsselwert ist erforderlich</translation>
    </message>
    <message>
        <source>partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>sort key</source>
        <translation>Sortierschlüssel</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language takes effect when Dynoscope starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Dynoscope.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::LoadPanel</name>
    <message>
        <source> % reads</source>
        <translation> % Lesevorgänge</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> Anf./s</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilt</translation>
    </message>
    <message>
        <source>Zipf (skewed)</source>
        <translation>Zipf (schief)</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Sequenziell</translation>
    </message>
    <message>
        <source>Single hot key</source>
        <translation>Ein einzelner heißer Schlüssel</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Mix:</source>
        <translation>Mischung:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <source>Item size:</source>
        <translation>Elementgröße:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Distinct keys:</source>
        <translation>Verschiedene Schlüssel:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>%1 sent (%2 reads, %3 writes), %4 ok, &lt;b&gt;%5 throttled&lt;/b&gt;, %6 failed; latency %7 ms</source>
        <translation>%1 gesendet (%2 Lesevorgänge, %3 Schreibvorgänge), %4 ok, &lt;b&gt;%5 gedrosselt&lt;/b&gt;, %6 fehlgeschlagen; Latenz %7 ms</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::MainWindow</name>
    <message>
        <source>Dynoscope</source>
        <translation>Dynoscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>New &amp;Scratch Database</source>
        <translation>Neue &amp;temporäre Datenbank</translation>
    </message>
    <message>
        <source>&amp;Connect to Endpoint…</source>
        <translation>Mit &amp;Endpunkt verbinden…</translation>
    </message>
    <message>
        <source>Ser&amp;ve This Database…</source>
        <translation>Diese Datenbank be&amp;reitstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>&amp;New Table…</source>
        <translation>&amp;Neue Tabelle…</translation>
    </message>
    <message>
        <source>&amp;Change Table…</source>
        <translation>Tabelle &amp;ändern…</translation>
    </message>
    <message>
        <source>Table &amp;Details</source>
        <translation>Tabellen&amp;details</translation>
    </message>
    <message>
        <source>Partition &amp;Heatmap…</source>
        <translation>Partitions-&amp;Heatmap…</translation>
    </message>
    <message>
        <source>&amp;Export Items…</source>
        <translation>Elemente &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Items…</source>
        <translation>Elemente &amp;importieren…</translation>
    </message>
    <message>
        <source>C&amp;opy Table…</source>
        <translation>Tabelle &amp;kopieren…</translation>
    </message>
    <message>
        <source>&amp;Stream Viewer</source>
        <translation>&amp;Stream-Viewer</translation>
    </message>
    <message>
        <source>%1 — Stream</source>
        <translation>%1 — Stream</translation>
    </message>
    <message>
        <source>&amp;Purge Items…</source>
        <translation>Elemente lee&amp;ren…</translation>
    </message>
    <message>
        <source>&amp;Delete Table…</source>
        <translation>Tabelle &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Element</translation>
    </message>
    <message>
        <source>&amp;New Item…</source>
        <translation>&amp;Neues Element…</translation>
    </message>
    <message>
        <source>&amp;Edit Item…</source>
        <translation>Element &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Delete Items…</source>
        <translation>Elemente &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>Als JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>%1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Opened read-only: %1. The file is not writable or another process locks it; changes to it will be refused.</source>
        <translation>Schreibgeschützt geöffnet: %1. Die Datei ist nicht beschreibbar oder von einem anderen Prozess gesperrt; Änderungen daran werden abgelehnt.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>in-memory scratch database</source>
        <translation>temporäre In-Memory-Datenbank</translation>
    </message>
    <message>
        <source>Only an embedded database can be served: select one in the sidebar.</source>
        <translation>Nur eine eingebettete Datenbank kann bereitgestellt werden: Wählen Sie eine in der Seitenleiste aus.</translation>
    </message>
    <message>
        <source>Serve This Database</source>
        <translation>Diese Datenbank bereitstellen</translation>
    </message>
    <message>
        <source>Serve the selected database as a DynamoDB endpoint on 127.0.0.1, port:</source>
        <translation>Die ausgewählte Datenbank als DynamoDB-Endpunkt auf 127.0.0.1 bereitstellen, Port:</translation>
    </message>
    <message>
        <source>Cannot serve the database: %1</source>
        <translation>Die Datenbank kann nicht bereitgestellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Serving %1 · %n request(s)</source>
        <translation>
            <numerusform>%1 wird bereitgestellt · %n Anfrage</numerusform>
            <numerusform>%1 wird bereitgestellt · %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>Ab&amp;frage</translation>
    </message>
    <message>
        <source>New &amp;PartiQL Editor</source>
        <translation>Neuer &amp;PartiQL-Editor</translation>
    </message>
    <message>
        <source>PartiQL</source>
        <translation>PartiQL</translation>
    </message>
    <message>
        <source>PartiQL on %1</source>
        <translation>PartiQL auf %1</translation>
    </message>
    <message>
        <source>Query &amp;Builder</source>
        <translation>Abfrage-&amp;Editor</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::PartiqlLexer</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Quoted identifier</source>
        <translation>Bezeichner in Anführungszeichen</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Block comment</source>
        <translation>Blockkommentar</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::PartiqlPage</name>
    <message>
        <source>Parameters must be a JSON list of DynamoDB values, one for each ?, e.g. [{&quot;S&quot;: &quot;Ada&quot;}, {&quot;N&quot;: &quot;3&quot;}].</source>
        <translation>Parameter müssen eine JSON-Liste von DynamoDB-Werten sein, einer für jedes ?, z. B. [{&quot;S&quot;: &quot;Ada&quot;}, {&quot;N&quot;: &quot;3&quot;}].</translation>
    </message>
    <message>
        <source>Parameters: %1 at character %2. %3</source>
        <translation>Parameter: %1 bei Zeichen %2. %3</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the statement (Ctrl+Enter)</source>
        <translation>Die Anweisung ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>Values for the statement&apos;s ? placeholders, as a JSON list of DynamoDB values</source>
        <translation>Werte für die ?-Platzhalter der Anweisung, als JSON-Liste von DynamoDB-Werten</translation>
    </message>
    <message>
        <source>Write a statement and run it with Ctrl+Enter. Ctrl+Space completes table and attribute names.</source>
        <translation>Schreiben Sie eine Anweisung und führen Sie sie mit Strg+Eingabe aus. Strg+Leertaste vervollständigt Tabellen- und Attributnamen.</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Write a statement to run.</source>
        <translation>Schreiben Sie eine Anweisung zum Ausführen.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Angehalten. %1</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Weitere werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n page(s).</source>
        <translation>
            <numerusform>Nach %n Seite fehlgeschlagen.</numerusform>
            <numerusform>Nach %n Seiten fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement failed.</source>
        <translation>Die Anweisung ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 capacity units consumed</source>
        <translation>%1 Kapazitätseinheiten verbraucht</translation>
    </message>
    <message>
        <source>more available</source>
        <translation>weitere verfügbar</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Limit: </source>
        <translation>Limit: </translation>
    </message>
    <message>
        <source>ExecuteStatement&apos;s Limit: how many items each page evaluates before it returns (with a NextToken for the rest)</source>
        <translation>Limit von ExecuteStatement: wie viele Elemente jede Seite auswertet, bevor sie zurückkehrt (mit einem NextToken für den Rest)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::PartiqlResultModel</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ProjectionPicker</name>
    <message>
        <source>All attributes</source>
        <translation>Alle Attribute</translation>
    </message>
    <message>
        <source>Attribute paths to return, separated by commas, e.g. name, address.city, tags[0]</source>
        <translation>Zurückzugebende Attributpfade, durch Kommas getrennt, z. B. name, address.city, tags[0]</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>No attributes seen yet</source>
        <translation>Noch keine Attribute gesehen</translation>
    </message>
    <message>
        <source>All Attributes</source>
        <translation>Alle Attribute</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::QueryBuilder</name>
    <message>
        <source>Key condition</source>
        <translation>Schlüsselbedingung</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Limit: the items DynamoDB reads per request (before the filter); by default a page holds up to 1 MB</source>
        <translation>Limit: die Elemente, die DynamoDB pro Anfrage liest (vor dem Filter); standardmäßig fasst eine Seite bis zu 1 MB</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Stop after this many items in all (read client-side)</source>
        <translation>Nach so vielen Elementen insgesamt anhalten (clientseitig gelesen)</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <source>Consistent read</source>
        <translation>Konsistentes Lesen</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmente:</translation>
    </message>
    <message>
        <source>TotalSegments: split the Scan into this many parallel segments</source>
        <translation>TotalSegments: den Scan in so viele parallele Segmente aufteilen</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>All, in turn</source>
        <translation>Alle, nacheinander</translation>
    </message>
    <message>
        <source>Read one segment, or every segment one after another</source>
        <translation>Ein Segment lesen oder alle Segmente nacheinander</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Query reads one partition by its key; Scan reads every item</source>
        <translation>Eine Abfrage liest eine Partition über ihren Schlüssel; ein Scan liest jedes Element</translation>
    </message>
    <message>
        <source>ScanIndexForward = false: newest (highest sort key) first</source>
        <translation>ScanIndexForward = false: neueste (höchster Sortierschlüssel) zuerst</translation>
    </message>
    <message>
        <source>ConsistentRead: read the latest writes, at twice the read capacity</source>
        <translation>ConsistentRead: die neuesten Schreibvorgänge lesen, zur doppelten Lesekapazität</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>Discard This Filter and Use Rows</source>
        <translation>Diesen Filter verwerfen und Zeilen verwenden</translation>
    </message>
    <message>
        <source>Clears the text filter and starts an empty filter of rows</source>
        <translation>Leert den Textfilter und beginnt einen leeren Filter aus Zeilen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Applied after the items are read: filtered-out items still consume read capacity</source>
        <translation>Wird nach dem Lesen der Elemente angewendet: herausgefilterte Elemente verbrauchen trotzdem Lesekapazität</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>Max items:</source>
        <translation>Max. Elemente:</translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation>Projektion:</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Global index %1</source>
        <translation>Globaler Index %1</translation>
    </message>
    <message>
        <source>Local index %1</source>
        <translation>Lokaler Index %1</translation>
    </message>
    <message>
        <source>Global secondary indexes support eventually consistent reads only</source>
        <translation>Globale sekundäre Indizes unterstützen nur letztendlich konsistente Lesevorgänge</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>This filter cannot be shown as rows: %1. Edit it in the Expressions tab.</source>
        <translation>Dieser Filter kann nicht als Zeilen dargestellt werden: %1. Bearbeiten Sie ihn im Tab Ausdrücke.</translation>
    </message>
    <message>
        <source>it was written as an expression</source>
        <translation>er wurde als Ausdruck geschrieben</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::QueryPanel</name>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Builder</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Expressions</source>
        <translation>Ausdrücke</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Run the request and show its items below (Ctrl+Enter)</source>
        <translation>Die Anfrage ausführen und ihre Elemente unten anzeigen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Save this request as a named access pattern of the table</source>
        <translation>Diese Anfrage als benanntes Zugriffsmuster der Tabelle speichern</translation>
    </message>
    <message>
        <source>Sent once per segment, with &quot;Segment&quot;: 0 to %1, each followed to its last page.</source>
        <translation>Einmal pro Segment gesendet, mit &quot;Segment&quot;: 0 bis %1, jeweils bis zur letzten Seite verfolgt.</translation>
    </message>
    <message>
        <source>Dynoscope stops after %1 items; DynamoDB does not receive that limit.</source>
        <translation>Dynoscope hält nach %1 Elementen an; DynamoDB erhält dieses Limit nicht.</translation>
    </message>
    <message>
        <source>The exact request Run sends, each page with the previous page&apos;s LastEvaluatedKey as ExclusiveStartKey.</source>
        <translation>Die genaue Anfrage, die Ausführen sendet, jede Seite mit dem LastEvaluatedKey der vorigen Seite als ExclusiveStartKey.</translation>
    </message>
    <message>
        <source>an expression has an error</source>
        <translation>ein Ausdruck enthält einen Fehler</translation>
    </message>
    <message>
        <source>the key condition cannot be shown in the builder: %1</source>
        <translation>die Schlüsselbedingung kann im Editor nicht dargestellt werden: %1</translation>
    </message>
    <message>
        <source>the projection cannot be shown in the builder: %1</source>
        <translation>die Projektion kann im Editor nicht dargestellt werden: %1</translation>
    </message>
    <message>
        <source>The Expressions tab is not in the builder: %1. The builder and the request keep their last version until it is fixed, or &lt;a href=&quot;revert&quot;&gt;use the builder&apos;s version&lt;/a&gt;.</source>
        <translation>Der Tab Ausdrücke passt nicht in den Editor: %1. Editor und Anfrage behalten ihre letzte Fassung, bis das behoben ist, oder &lt;a href=&quot;revert&quot;&gt;verwenden Sie die Fassung des Editors&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Fix the Expressions tab, or use the builder&apos;s version, before running.</source>
        <translation>Beheben Sie den Tab Ausdrücke oder verwenden Sie die Fassung des Editors, bevor Sie ausführen.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::QueryResultBar</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Back to All Items</source>
        <translation>Zurück zu allen Elementen</translation>
    </message>
    <message>
        <source>A filter is applied after the items are read, and every item read consumes capacity. A key condition, or an index keyed on what you filter, reads only what it returns.</source>
        <translation>Ein Filter wird nach dem Lesen der Elemente angewendet, und jedes gelesene Element verbraucht Kapazität. Eine Schlüsselbedingung oder ein Index mit dem gefilterten Attribut als Schlüssel liest nur, was zurückgegeben wird.</translation>
    </message>
    <message>
        <source>Stop reading pages; the items read so far stay</source>
        <translation>Das Lesen von Seiten beenden; die bisher gelesenen Elemente bleiben</translation>
    </message>
    <message>
        <source>Leave the query result and browse the table again</source>
        <translation>Das Abfrageergebnis verlassen und wieder die Tabelle durchsuchen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>more when you scroll</source>
        <translation>mehr beim Scrollen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 result&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ergebnis: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 result&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Ergebnis: %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::RemoteEndpointForm</name>
    <message>
        <source>AWS DynamoDB</source>
        <translation>AWS DynamoDB</translation>
    </message>
    <message>
        <source>DynamoDB Local or dynoscope-server (%1)</source>
        <translation>DynamoDB Local oder dynoscope-server (%1)</translation>
    </message>
    <message>
        <source>LocalStack (%1)</source>
        <translation>LocalStack (%1)</translation>
    </message>
    <message>
        <source>Other endpoint</source>
        <translation>Anderer Endpunkt</translation>
    </message>
    <message>
        <source>The region&apos;s AWS endpoint, unless the environment or profile names one</source>
        <translation>Der AWS-Endpunkt der Region, sofern Umgebung oder Profil keinen nennen</translation>
    </message>
    <message>
        <source>e.g. eu-west-1</source>
        <translation>z. B. eu-west-1</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS-Profil</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Access keys typed here</source>
        <translation>Hier eingegebene Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Placeholder keys, for local emulators</source>
        <translation>Platzhalter-Schlüssel für lokale Emulatoren</translation>
    </message>
    <message>
        <source>No profiles in ~/.aws/config or ~/.aws/credentials</source>
        <translation>Keine Profile in ~/.aws/config oder ~/.aws/credentials</translation>
    </message>
    <message>
        <source>Only for temporary keys</source>
        <translation>Nur für temporäre Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation>Endpunkt-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Anmeldeinformationen:</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>Sitzungs-&amp;Token:</translation>
    </message>
    <message>
        <source>The endpoint URL must start with http:// or https:// and name a host.</source>
        <translation>Die Endpunkt-URL muss mit http:// oder https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <source>Enter a region, e.g. us-east-1.</source>
        <translation>Geben Sie eine Region ein, z. B. us-east-1.</translation>
    </message>
    <message>
        <source>“%1” is not a region name: lowercase letters, digits and dashes.</source>
        <translation>„%1“ ist kein Regionsname: Kleinbuchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>There are no AWS profiles in %1 or %2.</source>
        <translation>Es gibt keine AWS-Profile in %1 oder %2.</translation>
    </message>
    <message>
        <source>Choose a profile.</source>
        <translation>Wählen Sie ein Profil.</translation>
    </message>
    <message>
        <source>Enter the access key ID and the secret access key.</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>Keys, region and endpoint from %1 and %2.</source>
        <translation>Schlüssel, Region und Endpunkt aus %1 und %2.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, else profile “%1” (AWS_PROFILE).</source>
        <translation>AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY, sonst Profil „%1“ (AWS_PROFILE).</translation>
    </message>
    <message>
        <source>Kept until Dynoscope closes, never saved.</source>
        <translation>Bleiben bis zum Schließen von Dynoscope erhalten, werden nie gespeichert.</translation>
    </message>
    <message>
        <source>Fixed dummy keys: DynamoDB Local, LocalStack and other emulators accept any.</source>
        <translation>Feste Dummy-Schlüssel: DynamoDB Local, LocalStack und andere Emulatoren akzeptieren beliebige.</translation>
    </message>
    <message>
        <source>key %1 from %2</source>
        <translation>Schlüssel %1 aus %2</translation>
    </message>
    <message>
        <source>Connects to %1 (%2), signing with %3 for %4.</source>
        <translation>Verbindet mit %1 (%2), signiert mit %3 für %4.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::RequestLogDock</name>
    <message>
        <source>Request Log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>(received by the endpoint; bodies are not kept)</source>
        <translation>(vom Endpunkt empfangen; Inhalte werden nicht aufbewahrt)</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::RequestLogModel</name>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::SavedQueriesPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Ran at</source>
        <translation>Ausgeführt um</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Check Access Patterns…</source>
        <translation>Zugriffsmuster &amp;prüfen…</translation>
    </message>
    <message>
        <source>Run every saved query of this table and compare the items each returns with the items it reads and the capacity it consumes</source>
        <translation>Jede gespeicherte Abfrage dieser Tabelle ausführen und die jeweils zurückgegebenen Elemente mit den gelesenen Elementen und der verbrauchten Kapazität vergleichen</translation>
    </message>
    <message>
        <source>Save Query</source>
        <translation>Abfrage speichern</translation>
    </message>
    <message>
        <source>Name of this access pattern on %1:</source>
        <translation>Name dieses Zugriffsmusters auf %1:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A saved query needs a name.</source>
        <translation>Eine gespeicherte Abfrage braucht einen Namen.</translation>
    </message>
    <message>
        <source>Replace Saved Query</source>
        <translation>Gespeicherte Abfrage ersetzen</translation>
    </message>
    <message>
        <source>A query named &quot;%1&quot; is already saved for %2. Replace it?</source>
        <translation>Für %2 ist bereits eine Abfrage namens „%1“ gespeichert. Ersetzen?</translation>
    </message>
    <message>
        <source>Rename Saved Query</source>
        <translation>Gespeicherte Abfrage umbenennen</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete Saved Query</source>
        <translation>Gespeicherte Abfrage löschen</translation>
    </message>
    <message>
        <source>Delete the saved query &quot;%1&quot; of %2?</source>
        <translation>Die gespeicherte Abfrage „%1“ von %2 löschen?</translation>
    </message>
    <message>
        <source>Saved (%1)</source>
        <translation>Gespeichert (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::SavedQueryStore</name>
    <message>
        <source>Saved queries and history are stored in the database, with the table.</source>
        <translation>Gespeicherte Abfragen und der Verlauf werden in der Datenbank gespeichert, zusammen mit der Tabelle.</translation>
    </message>
    <message>
        <source>This endpoint cannot store queries: they are stored in this computer&apos;s settings, for %1.</source>
        <translation>Dieser Endpunkt kann keine Abfragen speichern: Sie werden in den Einstellungen dieses Computers gespeichert, für %1.</translation>
    </message>
    <message>
        <source>A saved query needs a name.</source>
        <translation>Eine gespeicherte Abfrage braucht einen Namen.</translation>
    </message>
    <message>
        <source>A saved query named &quot;%1&quot; already exists.</source>
        <translation>Eine gespeicherte Abfrage namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>There is no saved query named &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Abfrage namens „%1“.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::SecondaryIndexEditor</name>
    <message>
        <source>attribute name</source>
        <translation>Attributname</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attribute:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapazität:</translation>
    </message>
    <message>
        <source> reads/s</source>
        <translation> Lesevorgänge/s</translation>
    </message>
    <message>
        <source> writes/s</source>
        <translation> Schreibvorgänge/s</translation>
    </message>
    <message>
        <source>3 to 255 characters: letters, digits, _ - .</source>
        <translation>3 bis 255 Zeichen: Buchstaben, Ziffern, _ - .</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this global secondary index</source>
        <translation>Diesen globalen sekundären Index entfernen</translation>
    </message>
    <message>
        <source>Remove this local secondary index</source>
        <translation>Diesen lokalen sekundären Index entfernen</translation>
    </message>
    <message>
        <source>All attributes</source>
        <translation>Alle Attribute</translation>
    </message>
    <message>
        <source>Keys only</source>
        <translation>Nur Schlüssel</translation>
    </message>
    <message>
        <source>Keys and these attributes</source>
        <translation>Schlüssel und diese Attribute</translation>
    </message>
    <message>
        <source>comma-separated, e.g. email, status</source>
        <translation>durch Kommas getrennt, z. B. email, status</translation>
    </message>
    <message>
        <source>Index name:</source>
        <translation>Indexname:</translation>
    </message>
    <message>
        <source>Partition key:</source>
        <translation>Partitionsschlüssel:</translation>
    </message>
    <message>
        <source>Sort key:</source>
        <translation>Sortierschlüssel:</translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation>Projektion:</translation>
    </message>
    <message>
        <source>A local secondary index always shares the table&apos;s partition key.</source>
        <translation>Ein lokaler sekundärer Index teilt immer den Partitionsschlüssel der Tabelle.</translation>
    </message>
    <message>
        <source>existing index</source>
        <translation>bestehender Index</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ServeController</name>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::StreamReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::StreamRecordDetail</name>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Old image</source>
        <translation>Altes Abbild</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>Neues Abbild</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>Kein Datensatz ausgewählt</translation>
    </message>
    <message>
        <source>%1 %2 at %3, sequence number %4</source>
        <translation>%1 %2 um %3, Sequenznummer %4</translation>
    </message>
    <message>
        <source>The stream&apos;s view type, %1, does not record what this write changed.</source>
        <translation>Der Ansichtstyp des Streams, %1, zeichnet nicht auf, was dieser Schreibvorgang geändert hat.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::StreamRecordModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Sequenznummer</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::StreamShardTree</name>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Sequence numbers from %1</source>
        <translation>Sequenznummern ab %1</translation>
    </message>
    <message>
        <source>Sequence numbers %1 to %2</source>
        <translation>Sequenznummern %1 bis %2</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::StreamViewer</name>
    <message>
        <source>Oldest record</source>
        <translation>Ältester Datensatz</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow new records as they arrive</source>
        <translation>Neuen Datensätzen bei ihrem Eintreffen folgen</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Filter by key…</source>
        <translation>Nach Schlüssel filtern…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the listed records as JSON Lines</source>
        <translation>Die aufgelisteten Datensätze als JSON Lines speichern</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Stream:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Ab:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Looking for the stream of %1…</source>
        <translation>Stream von %1 wird gesucht…</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (neuester)</translation>
    </message>
    <message>
        <source>%1 has no stream. Enable one in Table &gt; Change Table.</source>
        <translation>%1 hat keinen Stream. Aktivieren Sie einen unter Tabelle &gt; Tabelle ändern.</translation>
    </message>
    <message>
        <source>Export Stream Records</source>
        <translation>Stream-Datensätze exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s), </source>
        <translation>
            <numerusform>%n Shard, </numerusform>
            <numerusform>%n Shards, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n listed</source>
        <translation>
            <numerusform>, %n aufgelistet</numerusform>
            <numerusform>, %n aufgelistet</numerusform>
        </translation>
    </message>
    <message>
        <source> · following new records</source>
        <translation> · folgt neuen Datensätzen</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · angehalten</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TableActions</name>
    <message>
        <source>Change Table</source>
        <translation>Tabelle ändern</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Delete Table</source>
        <translation>Tabelle löschen</translation>
    </message>
    <message>
        <source>%1 was not deleted:
%2</source>
        <translation>%1 wurde nicht gelöscht:
%2</translation>
    </message>
    <message>
        <source>Deleted table %1.</source>
        <translation>Tabelle %1 gelöscht.</translation>
    </message>
    <message>
        <source>Deleting the items of %1…</source>
        <translation>Elemente von %1 werden gelöscht…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Purge Items</source>
        <translation>Elemente leeren</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s) from %1.</source>
        <translation>
            <numerusform>%n Element aus %1 gelöscht.</numerusform>
            <numerusform>%n Elemente aus %1 gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge of %1 cancelled after %n item(s).</source>
        <translation>
            <numerusform>Leeren von %1 nach %n Element abgebrochen.</numerusform>
            <numerusform>Leeren von %1 nach %n Elementen abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge of %1 stopped after %n item(s).</source>
        <translation>
            <numerusform>Leeren von %1 nach %n Element angehalten.</numerusform>
            <numerusform>Leeren von %1 nach %n Elementen angehalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TableChangeRunner</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>Waiting for the table &apos;%1&apos; to become active…</source>
        <translation>Warte, bis die Tabelle &apos;%1&apos; aktiv wird…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TableDescriptionView</name>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Keys + %1</source>
        <translation>Schlüssel + %1</translation>
    </message>
    <message>
        <source>Keys only</source>
        <translation>Nur Schlüssel</translation>
    </message>
    <message>
        <source>All attributes</source>
        <translation>Alle Attribute</translation>
    </message>
    <message>
        <source>keys only</source>
        <translation>nur Schlüssel</translation>
    </message>
    <message>
        <source>new images</source>
        <translation>neue Abbilder</translation>
    </message>
    <message>
        <source>old images</source>
        <translation>alte Abbilder</translation>
    </message>
    <message>
        <source>new and old images</source>
        <translation>neue und alte Abbilder</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Change Table…</source>
        <translation>Tabelle ändern…</translation>
    </message>
    <message>
        <source>Delete All Items…</source>
        <translation>Alle Elemente löschen…</translation>
    </message>
    <message>
        <source>Delete Table…</source>
        <translation>Tabelle löschen…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Elemente:</translation>
    </message>
    <message>
        <source>DynamoDB updates the item count and size about every six hours.</source>
        <translation>DynamoDB aktualisiert die Elementanzahl und -größe etwa alle sechs Stunden.</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Table class:</source>
        <translation>Tabellenklasse:</translation>
    </message>
    <message>
        <source>Deletion protection:</source>
        <translation>Löschschutz:</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Partition key:</source>
        <translation>Partitionsschlüssel:</translation>
    </message>
    <message>
        <source>Sort key:</source>
        <translation>Sortierschlüssel:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Billing mode:</source>
        <translation>Kapazitätsmodus:</translation>
    </message>
    <message>
        <source>Provisioned:</source>
        <translation>Bereitgestellt:</translation>
    </message>
    <message>
        <source>Stream and time to live</source>
        <translation>Stream und Time to Live</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Stream:</translation>
    </message>
    <message>
        <source>Latest stream:</source>
        <translation>Neuester Stream:</translation>
    </message>
    <message>
        <source>Time to live:</source>
        <translation>Time to Live:</translation>
    </message>
    <message>
        <source>Identity and tags</source>
        <translation>Identität und Tags</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Secondary indexes</source>
        <translation>Sekundäre Indizes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation>Sortierschlüssel</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>This table has no secondary indexes.</source>
        <translation>Diese Tabelle hat keine sekundären Indizes.</translation>
    </message>
    <message>
        <source>Could not describe the table: %1</source>
        <translation>Die Tabelle konnte nicht beschrieben werden: %1</translation>
    </message>
    <message>
        <source>No table</source>
        <translation>Keine Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>%1 item(s) · %2 · %3</source>
        <translation>
            <numerusform>%1 Element · %2 · %3</numerusform>
            <numerusform>%1 Elemente · %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation>bereitgestellt</translation>
    </message>
    <message>
        <source>On: the table cannot be deleted</source>
        <translation>An: Die Tabelle kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On-demand (pay per request)</source>
        <translation>On-Demand (Bezahlung pro Anfrage)</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 reads/s, %2 writes/s</source>
        <translation>%1 Lesevorgänge/s, %2 Schreibvorgänge/s</translation>
    </message>
    <message>
        <source>Enabled, %1</source>
        <translation>Aktiviert, %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Enabling on the attribute %1</source>
        <translation>Wird für das Attribut %1 aktiviert</translation>
    </message>
    <message>
        <source>Enabled on the attribute %1</source>
        <translation>Für das Attribut %1 aktiviert</translation>
    </message>
    <message>
        <source>table&apos;s</source>
        <translation>der Tabelle</translation>
    </message>
    <message>
        <source>%1 R / %2 W</source>
        <translation>%1 L / %2 S</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TableEditorDialog</name>
    <message>
        <source>Stream records hold the key attributes of the changed item.</source>
        <translation>Stream-Datensätze enthalten die Schlüsselattribute des geänderten Elements.</translation>
    </message>
    <message>
        <source>Stream records hold the item as it is after the change.</source>
        <translation>Stream-Datensätze enthalten das Element, wie es nach der Änderung ist.</translation>
    </message>
    <message>
        <source>Stream records hold the item as it was before the change.</source>
        <translation>Stream-Datensätze enthalten das Element, wie es vor der Änderung war.</translation>
    </message>
    <message>
        <source>Stream records hold the item as it was before and as it is after the change.</source>
        <translation>Stream-Datensätze enthalten das Element, wie es vor der Änderung war und wie es danach ist.</translation>
    </message>
    <message>
        <source>Create Table</source>
        <translation>Tabelle erstellen</translation>
    </message>
    <message>
        <source>Change Table %1</source>
        <translation>Tabelle %1 ändern</translation>
    </message>
    <message>
        <source>Apply Changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Stream and TTL</source>
        <translation>Stream und TTL</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Requests to send</source>
        <translation>Zu sendende Anfragen</translation>
    </message>
    <message>
        <source>e.g. Orders</source>
        <translation>z. B. Orders</translation>
    </message>
    <message>
        <source>3 to 255 characters: letters, digits, _ - .</source>
        <translation>3 bis 255 Zeichen: Buchstaben, Ziffern, _ - .</translation>
    </message>
    <message>
        <source>Table name:</source>
        <translation>Tabellenname:</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>e.g. customerId</source>
        <translation>z. B. customerId</translation>
    </message>
    <message>
        <source>optional, e.g. orderDate</source>
        <translation>optional, z. B. orderDate</translation>
    </message>
    <message>
        <source>Partition key:</source>
        <translation>Partitionsschlüssel:</translation>
    </message>
    <message>
        <source>Sort key:</source>
        <translation>Sortierschlüssel:</translation>
    </message>
    <message>
        <source>Items with the same partition key are stored together, ordered by the sort key. The primary key cannot change once the table exists.</source>
        <translation>Elemente mit demselben Partitionsschlüssel werden zusammen gespeichert, geordnet nach dem Sortierschlüssel. Der Primärschlüssel kann nicht mehr geändert werden, sobald die Tabelle existiert.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Pay per request; nothing to plan. Suits new or spiky workloads.</source>
        <translation>Bezahlung pro Anfrage; nichts zu planen. Geeignet für neue oder schwankende Workloads.</translation>
    </message>
    <message>
        <source> reads/s</source>
        <translation> Lesevorgänge/s</translation>
    </message>
    <message>
        <source> writes/s</source>
        <translation> Schreibvorgänge/s</translation>
    </message>
    <message>
        <source>Reserve read and write capacity units per second; cheaper for steady traffic.</source>
        <translation>Lese- und Schreibkapazitätseinheiten pro Sekunde reservieren; günstiger bei gleichmäßigem Verkehr.</translation>
    </message>
    <message>
        <source>Read capacity units:</source>
        <translation>Lesekapazitätseinheiten:</translation>
    </message>
    <message>
        <source>Write capacity units:</source>
        <translation>Schreibkapazitätseinheiten:</translation>
    </message>
    <message>
        <source>Deletion protection</source>
        <translation>Löschschutz</translation>
    </message>
    <message>
        <source>Protect the table against deletion</source>
        <translation>Die Tabelle vor dem Löschen schützen</translation>
    </message>
    <message>
        <source>DeleteTable fails while the protection is on.</source>
        <translation>DeleteTable schlägt fehl, solange der Schutz aktiv ist.</translation>
    </message>
    <message>
        <source>DynamoDB Streams</source>
        <translation>DynamoDB Streams</translation>
    </message>
    <message>
        <source>Record every change to the table&apos;s items in a stream</source>
        <translation>Jede Änderung an den Elementen der Tabelle in einem Stream aufzeichnen</translation>
    </message>
    <message>
        <source>New and old images</source>
        <translation>Neue und alte Abbilder</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>Neues Abbild</translation>
    </message>
    <message>
        <source>Old image</source>
        <translation>Altes Abbild</translation>
    </message>
    <message>
        <source>Keys only</source>
        <translation>Nur Schlüssel</translation>
    </message>
    <message>
        <source>View type:</source>
        <translation>Ansichtstyp:</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>Time to Live</translation>
    </message>
    <message>
        <source>Delete items automatically once they expire</source>
        <translation>Elemente automatisch löschen, sobald sie ablaufen</translation>
    </message>
    <message>
        <source>e.g. expiresAt</source>
        <translation>z. B. expiresAt</translation>
    </message>
    <message>
        <source>The attribute holds the expiry time as a Number of seconds since the Unix epoch. Items without it never expire.</source>
        <translation>Das Attribut enthält die Ablaufzeit als Number in Sekunden seit der Unix-Epoche. Elemente ohne dieses Attribut laufen nie ab.</translation>
    </message>
    <message>
        <source>TTL attribute:</source>
        <translation>TTL-Attribut:</translation>
    </message>
    <message>
        <source>The table&apos;s current TTL setting could not be read (%1); enabling TTL here sends UpdateTimeToLive.</source>
        <translation>Die aktuelle TTL-Einstellung der Tabelle konnte nicht gelesen werden (%1); wenn Sie TTL hier aktivieren, wird UpdateTimeToLive gesendet.</translation>
    </message>
    <message>
        <source>// Draft: fix the problems in the form to send it.

</source>
        <translation>// Entwurf: Beheben Sie die Probleme im Formular, um ihn zu senden.

</translation>
    </message>
    <message>
        <source>// Nothing to send: the table already looks like this.
</source>
        <translation>// Nichts zu senden: Die Tabelle sieht bereits so aus.
</translation>
    </message>
    <message>
        <source>%1  ·  Problems to fix: %2</source>
        <translation>%1  ·  Zu behebende Probleme: %2</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>Ready. Requests to send: %1</source>
        <translation>Bereit. Zu sendende Anfragen: %1</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TablePage</name>
    <message>
        <source>partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>sort key</source>
        <translation>Sortierschlüssel</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Provisioned: %1 RCU, %2 WCU</source>
        <translation>Bereitgestellt: %1 RCU, %2 WCU</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; %3 items, %4 &amp;nbsp;·&amp;nbsp; %5%6</source>
        <translation>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; %3 Elemente, %4 &amp;nbsp;·&amp;nbsp; %5%6</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; indexes: %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; Indizes: %1</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Show the query builder: Query or Scan with key conditions, filters and projections, run into the grid below</source>
        <translation>Den Abfrage-Editor anzeigen: Query oder Scan mit Schlüsselbedingungen, Filtern und Projektionen, ausgeführt in das Raster darunter</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TagEditor</name>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Tags label the table for cost allocation and access control. Keys are up to 128 characters, values up to 256; the aws: prefix is reserved.</source>
        <translation>Tags kennzeichnen die Tabelle für Kostenzuordnung und Zugriffskontrolle. Schlüssel haben bis zu 128 Zeichen, Werte bis zu 256; das Präfix aws: ist reserviert.</translation>
    </message>
    <message>
        <source>The table&apos;s tags could not be read, so they cannot be changed here: %1</source>
        <translation>Die Tags der Tabelle konnten nicht gelesen werden und lassen sich daher hier nicht ändern: %1</translation>
    </message>
    <message>
        <source>Tag %1: %2</source>
        <translation>Tag %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 tags</source>
        <translation>%1 von %2 Tags</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TagTableModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TransferDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TriggerDialog</name>
    <message>
        <source>Add Trigger</source>
        <translation>Trigger hinzufügen</translation>
    </message>
    <message>
        <source>e.g. audit log</source>
        <translation>z. B. Audit-Log</translation>
    </message>
    <message>
        <source>e.g. python3</source>
        <translation>z. B. python3</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>e.g. handler.py --verbose</source>
        <translation>z. B. handler.py --verbose</translation>
    </message>
    <message>
        <source>the application&apos;s</source>
        <translation>das der Anwendung</translation>
    </message>
    <message>
        <source>Latest (new records only)</source>
        <translation>Latest (nur neue Datensätze)</translation>
    </message>
    <message>
        <source>Trim horizon (oldest record)</source>
        <translation>Trim Horizon (ältester Datensatz)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The command receives each batch on standard input as the DynamoDB stream event a Lambda function receives: {&quot;Records&quot;: [...]}. Exit status 0 means the batch was handled; anything else retries it.</source>
        <translation>Der Befehl erhält jeden Batch auf der Standardeingabe als das DynamoDB-Stream-Ereignis, das eine Lambda-Funktion erhält: {&quot;Records&quot;: [...]}. Exit-Status 0 bedeutet, dass der Batch verarbeitet wurde; alles andere wiederholt ihn.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>&amp;Arbeitsverzeichnis:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <source>&amp;Starting position:</source>
        <translation>&amp;Startposition:</translation>
    </message>
    <message>
        <source>Attempts per &amp;batch:</source>
        <translation>Versuche pro &amp;Batch:</translation>
    </message>
    <message>
        <source>First &amp;retry after:</source>
        <translation>Erster &amp;Wiederholungsversuch nach:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TriggerPanel</name>
    <message>
        <source>&amp;Add Trigger…</source>
        <translation>Trigger &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <source>S&amp;kip Batch</source>
        <translation>Batch ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Run the command again on the batch that failed every attempt</source>
        <translation>Den Befehl erneut auf den Batch anwenden, der bei jedem Versuch fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Drop the batch that failed every attempt and go on with the next records</source>
        <translation>Den Batch verwerfen, der bei jedem Versuch fehlgeschlagen ist, und mit den nächsten Datensätzen fortfahren</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>The standard output and error of the selected run</source>
        <translation>Standardausgabe und -fehlerausgabe des ausgewählten Laufs</translation>
    </message>
    <message>
        <source>This table has no stream: enable one to attach triggers.</source>
        <translation>Diese Tabelle hat keinen Stream: Aktivieren Sie einen, um Trigger anzuhängen.</translation>
    </message>
    <message>
        <source>Triggers run a local command on batches of this stream&apos;s records, as a Lambda function attached to the stream would. They run while this window is open.</source>
        <translation>Trigger führen einen lokalen Befehl auf Batches der Datensätze dieses Streams aus, wie es eine an den Stream angehängte Lambda-Funktion tun würde. Sie laufen, solange dieses Fenster geöffnet ist.</translation>
    </message>
    <message numerus="yes">
        <source> (%n skipped)</source>
        <translation>
            <numerusform> (%n übersprungen)</numerusform>
            <numerusform> (%n übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Sequence numbers %1 to %2</source>
        <translation>Sequenznummern %1 bis %2</translation>
    </message>
    <message>
        <source>── standard output ──
</source>
        <translation>── Standardausgabe ──
</translation>
    </message>
    <message>
        <source>
── standard error ──
</source>
        <translation>
── Standardfehlerausgabe ──
</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TriggerRunner</name>
    <message>
        <source>Waiting for records</source>
        <translation>Warte auf Datensätze</translation>
    </message>
    <message numerus="yes">
        <source>Running on %n record(s), attempt %1</source>
        <translation>
            <numerusform>Läuft auf %n Datensatz, Versuch %1</numerusform>
            <numerusform>Läuft auf %n Datensätzen, Versuch %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying after attempt %1 of %2</source>
        <translation>Neuer Versuch nach Versuch %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Halted: a batch of %n record(s) failed every attempt</source>
        <translation>
            <numerusform>Angehalten: Ein Batch von %n Datensatz ist bei jedem Versuch fehlgeschlagen</numerusform>
            <numerusform>Angehalten: Ein Batch von %n Datensätzen ist bei jedem Versuch fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message numerus="yes">
        <source>Killed after %n ms</source>
        <translation>
            <numerusform>Nach %n ms beendet</numerusform>
            <numerusform>Nach %n ms beendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TypeToConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TypedValueEdit</name>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Enter binary data as base64.</source>
        <translation>Geben Sie Binärdaten als Base64 ein.</translation>
    </message>
    <message>
        <source>Enter a JSON object of typed values, e.g. {&quot;name&quot;: {&quot;S&quot;: &quot;x&quot;}}.</source>
        <translation>Geben Sie ein JSON-Objekt aus typisierten Werten ein, z. B. {&quot;name&quot;: {&quot;S&quot;: &quot;x&quot;}}.</translation>
    </message>
    <message>
        <source>Enter a JSON array, e.g. %1.</source>
        <translation>Geben Sie ein JSON-Array ein, z. B. %1.</translation>
    </message>
    <message>
        <source>A map is a JSON object.</source>
        <translation>Eine Map ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 is not a typed value such as {&quot;S&quot;: &quot;x&quot;}.</source>
        <translation>%1 ist kein typisierter Wert wie {&quot;S&quot;: &quot;x&quot;}.</translation>
    </message>
    <message>
        <source>Enter a JSON array.</source>
        <translation>Geben Sie ein JSON-Array ein.</translation>
    </message>
    <message>
        <source>Each element of a list is a typed value such as {&quot;S&quot;: &quot;x&quot;}.</source>
        <translation>Jedes Element einer Liste ist ein typisierter Wert wie {&quot;S&quot;: &quot;x&quot;}.</translation>
    </message>
    <message>
        <source>A set cannot be empty.</source>
        <translation>Ein Set darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Set members are strings, e.g. [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>Set-Elemente sind Strings, z. B. [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid member of a %2.</source>
        <translation>„%1“ ist kein gültiges Element eines %2.</translation>
    </message>
    <message>
        <source>A set cannot hold &quot;%1&quot; twice.</source>
        <translation>Ein Set darf „%1“ nicht zweimal enthalten.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>The value&apos;s DynamoDB type</source>
        <translation>Der DynamoDB-Typ des Werts</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop explorer for DynamoDB tables</source>
        <translation>Desktop-Explorer für DynamoDB-Tabellen</translation>
    </message>
    <message>
        <source>Open database FILE.</source>
        <translation>Datenbank DATEI öffnen.</translation>
    </message>
    <message>
        <source>Start on an in-memory scratch database.</source>
        <translation>Mit einer temporären In-Memory-Datenbank starten.</translation>
    </message>
    <message>
        <source>Start on an in-memory scratch database filled with demo tables.</source>
        <translation>Mit einer temporären In-Memory-Datenbank voller Demo-Tabellen starten.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
</TS>
