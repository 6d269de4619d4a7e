<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttributeFormat</name>
    <message>
        <source>{1 attribute}</source>
        <translation>{1 attribut}</translation>
    </message>
    <message>
        <source>{%1 attributes}</source>
        <translation>{%1 attributs}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 élément]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 éléments]</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binaire</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booléen</translation>
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
        <translation>Ensemble de chaînes</translation>
    </message>
    <message>
        <source>Number set</source>
        <translation>Ensemble de nombres</translation>
    </message>
    <message>
        <source>Binary set</source>
        <translation>Ensemble binaire</translation>
    </message>
</context>
<context>
    <name>AwsResolver</name>
    <message>
        <source>There is no AWS profile “%1” in %2 or %3.</source>
        <translation>Il n&apos;y a pas de profil AWS «&#xa0;%1&#xa0;» dans %2 ni dans %3.</translation>
    </message>
    <message>
        <source>No region: choose one, or set AWS_REGION or the profile&apos;s region.</source>
        <translation>Aucune région&#xa0;: choisissez-en une, ou définissez AWS_REGION ou la région du profil.</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>saisies</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>AWS endpoint of %1</source>
        <translation>point de terminaison AWS de %1</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>Enter the access key ID and the secret access key (typed keys are not saved).</source>
        <translation>Saisissez l&apos;ID de clé d&apos;accès et la clé d&apos;accès secrète (les clés saisies ne sont pas enregistrées).</translation>
    </message>
    <message>
        <source>typed keys</source>
        <translation>clés saisies</translation>
    </message>
    <message>
        <source>placeholder keys</source>
        <translation>clés factices</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set.</source>
        <translation>Une seule des variables AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY est définie.</translation>
    </message>
    <message>
        <source>No keys in the environment: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE to a profile with keys.</source>
        <translation>Aucune clé dans l&apos;environnement&#xa0;: définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou AWS_PROFILE avec un profil qui contient des clés.</translation>
    </message>
    <message>
        <source>Profile “%1” gets its keys through %2, which Dynoscope cannot use yet. Export them with “aws configure export-credentials --profile %1 --format env” before starting Dynoscope and choose the environment, or type them.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» obtient ses clés via %2, que Dynoscope ne sait pas encore utiliser. Exportez-les avec «&#xa0;aws configure export-credentials --profile %1 --format env&#xa0;» avant de démarrer Dynoscope et choisissez l&apos;environnement, ou saisissez-les.</translation>
    </message>
    <message>
        <source>Profile “%1” has no aws_access_key_id and aws_secret_access_key.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a ni aws_access_key_id ni aws_secret_access_key.</translation>
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
        <translation>JavaScript (client SDK v3)</translation>
    </message>
    <message>
        <source>JavaScript (SDK v3 document client)</source>
        <translation>JavaScript (client de documents SDK v3)</translation>
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
        <translation>Aucune opération DynamoDB pour laquelle écrire du code.</translation>
    </message>
</context>
<context>
    <name>ConnectionFactory</name>
    <message>
        <source>in-memory scratch database</source>
        <translation>base de données temporaire en mémoire</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Le fichier de base de données «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>un tableau JSON</translation>
    </message>
    <message>
        <source>Column %1 of the header has no name</source>
        <translation>La colonne %1 de l&apos;en-tête n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>Column %1 appears twice in the header</source>
        <translation>La colonne %1 apparaît deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>The record has %1 fields; the header has %2</source>
        <translation>L&apos;enregistrement a %1 champs&#xa0;; l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>Column %1 (%2) must hold %3</source>
        <translation>La colonne %1 (%2) doit contenir %3</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is not closed</source>
        <translation>Un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote of field %1</source>
        <translation>Texte inattendu après le guillemet fermant du champ %1</translation>
    </message>
    <message>
        <source>A quote inside the unquoted field %1</source>
        <translation>Un guillemet dans le champ %1 non délimité</translation>
    </message>
</context>
<context>
    <name>ErrorExplanation</name>
    <message>
        <source>The item did not meet the request&apos;s condition (for example, it already existed, or it changed since it was read), so nothing was written.</source>
        <translation>L&apos;élément ne remplissait pas la condition de la requête (par exemple, il existait déjà ou il a changé depuis sa lecture)&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The table or index used more capacity than it has. Wait and retry, raise its provisioned capacity, or switch it to on-demand.</source>
        <translation>La table ou l&apos;index a consommé plus de capacité qu&apos;il n&apos;en dispose. Patientez puis réessayez, augmentez sa capacité allouée ou passez en mode à la demande.</translation>
    </message>
    <message>
        <source>DynamoDB receives requests faster than it accepts them (often table operations such as CreateTable). Wait a moment and retry.</source>
        <translation>DynamoDB reçoit des requêtes plus vite qu&apos;il ne les accepte (souvent des opérations sur les tables comme CreateTable). Patientez un instant puis réessayez.</translation>
    </message>
    <message>
        <source>The account&apos;s throughput quota is used up. Retry later, or ask AWS Support for a higher quota.</source>
        <translation>Le quota de débit du compte est épuisé. Réessayez plus tard ou demandez un quota plus élevé au support AWS.</translation>
    </message>
    <message>
        <source>Too many table or index operations run at once, or an account quota (such as the number of tables) is reached. Wait for running operations to finish and retry.</source>
        <translation>Trop d&apos;opérations sur des tables ou des index sont en cours, ou un quota du compte (comme le nombre de tables) est atteint. Attendez la fin des opérations en cours puis réessayez.</translation>
    </message>
    <message>
        <source>The table or index does not exist in this account and region, or is not active yet. Check its name and the connection&apos;s region.</source>
        <translation>La table ou l&apos;index n&apos;existe pas dans ce compte et cette région, ou n&apos;est pas encore actif. Vérifiez son nom et la région de la connexion.</translation>
    </message>
    <message>
        <source>The table or index already exists, or is being created, changed or deleted. Wait until it is active and retry.</source>
        <translation>La table ou l&apos;index existe déjà, ou est en cours de création, de modification ou de suppression. Attendez qu&apos;il soit actif puis réessayez.</translation>
    </message>
    <message>
        <source>DynamoDB cancelled the whole transaction and wrote nothing. The reasons in brackets follow the order of the transaction&apos;s actions; None marks an action that was not at fault.</source>
        <translation>DynamoDB a annulé toute la transaction et n&apos;a rien écrit. Les motifs entre crochets suivent l&apos;ordre des actions de la transaction&#xa0;; None désigne une action qui n&apos;est pas en cause.</translation>
    </message>
    <message>
        <source>Another transaction is changing the same item at this moment. Retry after a short wait.</source>
        <translation>Une autre transaction modifie le même élément en ce moment. Réessayez après une courte attente.</translation>
    </message>
    <message>
        <source>In a table with local secondary indexes, the items that share a partition key value can hold at most 10 GB together. Delete some of them or spread the data over more partition key values.</source>
        <translation>Dans une table dotée d&apos;index secondaires locaux, les éléments qui partagent une valeur de clé de partition ne peuvent dépasser 10 Go au total. Supprimez-en certains ou répartissez les données sur davantage de valeurs de clé de partition.</translation>
    </message>
    <message>
        <source>The endpoint does not know this access key. Check the connection&apos;s credentials (profile, environment variables or typed keys).</source>
        <translation>Le point de terminaison ne connaît pas cette clé d&apos;accès. Vérifiez les informations d&apos;identification de la connexion (profil, variables d&apos;environnement ou clés saisies).</translation>
    </message>
    <message>
        <source>The request&apos;s signature does not match. Check the secret access key, the connection&apos;s region and this computer&apos;s clock.</source>
        <translation>La signature de la requête ne correspond pas. Vérifiez la clé d&apos;accès secrète, la région de la connexion et l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The credentials are valid, but their IAM policies do not allow this action on this resource.</source>
        <translation>Les informations d&apos;identification sont valides, mais leurs stratégies IAM n&apos;autorisent pas cette action sur cette ressource.</translation>
    </message>
    <message>
        <source>The session&apos;s credentials have expired. Renew them (for example with aws sso login) and reconnect.</source>
        <translation>Les informations d&apos;identification de la session ont expiré. Renouvelez-les (par exemple avec aws sso login) et reconnectez-vous.</translation>
    </message>
    <message>
        <source>A temporary problem on the endpoint&apos;s side. Retry the request.</source>
        <translation>Un problème temporaire du côté du point de terminaison. Renvoyez la requête.</translation>
    </message>
    <message>
        <source>The endpoint cannot be reached. Check its URL and your network connection; a local endpoint must be running.</source>
        <translation>Le point de terminaison est injoignable. Vérifiez son URL et votre connexion réseau&#xa0;; un point de terminaison local doit être démarré.</translation>
    </message>
    <message>
        <source>The endpoint answered, but not as DynamoDB does. Check that the URL points to a DynamoDB endpoint.</source>
        <translation>Le point de terminaison a répondu, mais pas comme DynamoDB. Vérifiez que l&apos;URL désigne un point de terminaison DynamoDB.</translation>
    </message>
    <message>
        <source>“%1” is a reserved word in DynamoDB expressions. Write a placeholder such as #%1 instead and define it in ExpressionAttributeNames.</source>
        <translation>«&#xa0;%1&#xa0;» est un mot réservé des expressions DynamoDB. Écrivez plutôt un espace réservé comme #%1 et définissez-le dans ExpressionAttributeNames.</translation>
    </message>
    <message>
        <source>A key must name exactly the table&apos;s key attributes (the partition key, and the sort key if the table has one), with the types the table defines.</source>
        <translation>Une clé doit nommer exactement les attributs de clé de la table (la clé de partition, et la clé de tri si la table en a une), avec les types définis par la table.</translation>
    </message>
    <message>
        <source>Every item needs the table&apos;s key attributes.</source>
        <translation>Chaque élément doit contenir les attributs de clé de la table.</translation>
    </message>
    <message>
        <source>A key attribute must have the type that the table or index defines for it.</source>
        <translation>Un attribut de clé doit avoir le type que la table ou l&apos;index définit pour lui.</translation>
    </message>
    <message>
        <source>An item can be at most 400 KB, attribute names included. Keep large values elsewhere (for example in Amazon S3) and store a reference in the item.</source>
        <translation>Un élément peut faire au plus 400 Ko, noms d&apos;attributs compris. Stockez les grandes valeurs ailleurs (par exemple dans Amazon S3) et gardez une référence dans l&apos;élément.</translation>
    </message>
    <message>
        <source>A key condition must compare the partition key with “=”; it may also test the sort key.</source>
        <translation>Une condition de clé doit comparer la clé de partition avec «&#xa0;=&#xa0;»&#xa0;; elle peut aussi tester la clé de tri.</translation>
    </message>
    <message>
        <source>Every #name and :value placeholder in an expression must be defined in ExpressionAttributeNames or ExpressionAttributeValues.</source>
        <translation>Chaque espace réservé #name et :value d&apos;une expression doit être défini dans ExpressionAttributeNames ou ExpressionAttributeValues.</translation>
    </message>
    <message>
        <source>DynamoDB refuses placeholders that no expression uses. Remove them from the request.</source>
        <translation>DynamoDB refuse les espaces réservés qu&apos;aucune expression n&apos;utilise. Retirez-les de la requête.</translation>
    </message>
    <message>
        <source>Deletion protection is on for this table. Turn it off in Table &gt; Change Table first.</source>
        <translation>La protection contre la suppression est activée pour cette table. Désactivez-la d&apos;abord dans Table &gt; Modifier la table.</translation>
    </message>
</context>
<context>
    <name>ExportFileWriter</name>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write a temporary file next to %1: %2</source>
        <translation>Impossible d&apos;écrire un fichier temporaire à côté de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write an item as %1: %2</source>
        <translation>Impossible d&apos;écrire un élément en %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>Impossible de relire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExpressionReader</name>
    <message>
        <source>The attribute name placeholder %1 is not defined.</source>
        <translation>L&apos;espace réservé de nom d&apos;attribut %1 n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>The attribute name &quot;%1&quot; contains &quot;.&quot;, &quot;[&quot; or &quot;]&quot;, which builder paths cannot show.</source>
        <translation>Le nom d&apos;attribut «&#xa0;%1&#xa0;» contient «&#xa0;.&#xa0;», «&#xa0;[&#xa0;» ou «&#xa0;]&#xa0;», que les chemins du générateur ne savent pas afficher.</translation>
    </message>
    <message>
        <source>The value placeholder %1 is not defined.</source>
        <translation>L&apos;espace réservé de valeur %1 n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>A comparison of two attributes cannot be shown as a builder row.</source>
        <translation>Une comparaison de deux attributs ne peut pas être affichée comme ligne du générateur.</translation>
    </message>
    <message>
        <source>A comparison of two values cannot be shown as a builder row.</source>
        <translation>Une comparaison de deux valeurs ne peut pas être affichée comme ligne du générateur.</translation>
    </message>
    <message>
        <source>A comparison with a function other than size(path) cannot be shown as a builder row.</source>
        <translation>Une comparaison avec une fonction autre que size(path) ne peut pas être affichée comme ligne du générateur.</translation>
    </message>
    <message>
        <source>%1() with these operands cannot be shown as a builder row.</source>
        <translation>%1() avec ces opérandes ne peut pas être affichée comme ligne du générateur.</translation>
    </message>
    <message>
        <source>The function %1() cannot be shown as a builder row.</source>
        <translation>La fonction %1() ne peut pas être affichée comme ligne du générateur.</translation>
    </message>
    <message>
        <source>BETWEEN needs an attribute or size(attribute) on its left to be shown as a builder row.</source>
        <translation>BETWEEN doit avoir un attribut ou size(attribute) à sa gauche pour être affiché comme ligne du générateur.</translation>
    </message>
    <message>
        <source>IN needs an attribute or size(attribute) on its left to be shown as a builder row.</source>
        <translation>IN doit avoir un attribut ou size(attribute) à sa gauche pour être affiché comme ligne du générateur.</translation>
    </message>
    <message>
        <source>BETWEEN needs values as its bounds to be shown as a builder row.</source>
        <translation>BETWEEN doit avoir des valeurs pour bornes pour être affiché comme ligne du générateur.</translation>
    </message>
    <message>
        <source>IN needs a list of values to be shown as a builder row.</source>
        <translation>IN doit avoir une liste de valeurs pour être affiché comme ligne du générateur.</translation>
    </message>
    <message>
        <source>The expression cannot be shown in the builder.</source>
        <translation>L&apos;expression ne peut pas être affichée dans le générateur.</translation>
    </message>
    <message>
        <source>&lt;&gt; cannot be used in a key condition.</source>
        <translation>&lt;&gt; ne peut pas être utilisé dans une condition de clé.</translation>
    </message>
    <message>
        <source>A key condition compares a key attribute with values.</source>
        <translation>Une condition de clé compare un attribut de clé à des valeurs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key attribute of the table or index.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un attribut de clé de la table ou de l&apos;index.</translation>
    </message>
    <message>
        <source>The key condition has more than one condition on the sort key.</source>
        <translation>La condition de clé contient plus d&apos;une condition sur la clé de tri.</translation>
    </message>
    <message>
        <source>The partition key condition must be an equality (=).</source>
        <translation>La condition sur la clé de partition doit être une égalité (=).</translation>
    </message>
    <message>
        <source>The key condition has more than one condition on the partition key.</source>
        <translation>La condition de clé contient plus d&apos;une condition sur la clé de partition.</translation>
    </message>
    <message>
        <source>A key condition can only use the function begins_with(sortKey, :value).</source>
        <translation>Une condition de clé ne peut utiliser que la fonction begins_with(sortKey, :value).</translation>
    </message>
    <message>
        <source>A key condition is one condition on the partition key, optionally AND one on the sort key.</source>
        <translation>Une condition de clé est une condition sur la clé de partition, éventuellement suivie de AND et d&apos;une condition sur la clé de tri.</translation>
    </message>
    <message>
        <source>The key condition is empty.</source>
        <translation>La condition de clé est vide.</translation>
    </message>
    <message>
        <source>The key condition has no condition on the partition key %1.</source>
        <translation>La condition de clé ne contient aucune condition sur la clé de partition %1.</translation>
    </message>
    <message>
        <source>Key condition: %1</source>
        <translation>Condition de clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Projection: %1</source>
        <translation>Projection&#xa0;: %1</translation>
    </message>
    <message>
        <source>The legacy parameter %1 is not read; use expressions.</source>
        <translation>L&apos;ancien paramètre %1 n&apos;est pas lu&#xa0;; utilisez des expressions.</translation>
    </message>
</context>
<context>
    <name>HeatmapDiagnostics</name>
    <message>
        <source>Hot partition: partition %1 takes most of the traffic. A few partition key values are read or written far more than the rest; spread them (write sharding, caching).</source>
        <translation>Partition chaude&#xa0;: la partition %1 reçoit l&apos;essentiel du trafic. Quelques valeurs de clé de partition sont lues ou écrites bien plus que les autres&#xa0;; répartissez-les (partitionnement des écritures, cache).</translation>
    </message>
    <message>
        <source>Sequential keys: the hottest partition moves steadily along the key range over time, as when keys grow with time (timestamps, counters). Each moment hits one partition.</source>
        <translation>Clés séquentielles&#xa0;: la partition la plus chaude se déplace régulièrement le long de la plage de clés, comme lorsque les clés croissent avec le temps (horodatages, compteurs). Chaque instant ne touche qu&apos;une partition.</translation>
    </message>
    <message numerus="yes">
        <source>Throttling: %n request(s) were throttled in this window.</source>
        <translation>
            <numerusform>Limitation&#xa0;: %n requête a été limitée dans cette fenêtre.</numerusform>
            <numerusform>Limitation&#xa0;: %n requêtes ont été limitées dans cette fenêtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uneven key distribution: the fullest partition holds %1x the average number of items.</source>
        <translation>Répartition inégale des clés&#xa0;: la partition la plus remplie contient %1 fois le nombre moyen d&apos;éléments.</translation>
    </message>
</context>
<context>
    <name>ImportFileReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is empty: a CSV file starts with a header of attribute names</source>
        <translation>Le fichier est vide&#xa0;: un fichier CSV commence par un en-tête de noms d&apos;attributs</translation>
    </message>
    <message>
        <source>Line %1 (the header): %2</source>
        <translation>Ligne %1 (l&apos;en-tête)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ItemDiff</name>
    <message>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEditorCondition</name>
    <message>
        <source>This item has too many attributes to check each one for changes made since you opened it: only its version attribute “%1” is checked.</source>
        <translation>Cet élément a trop d&apos;attributs pour vérifier chacun depuis son ouverture&#xa0;: seul son attribut de version «&#xa0;%1&#xa0;» est vérifié.</translation>
    </message>
    <message>
        <source>This item has too many attributes to check them for changes made since you opened it, and no version attribute: saving overwrites any such change.</source>
        <translation>Cet élément a trop d&apos;attributs pour vérifier les modifications faites depuis son ouverture, et aucun attribut de version&#xa0;: l&apos;enregistrement écrase toute modification de ce genre.</translation>
    </message>
</context>
<context>
    <name>ItemEditorKeySchema</name>
    <message>
        <source>The table description has no usable key schema.</source>
        <translation>La description de la table n&apos;a pas de schéma de clé utilisable.</translation>
    </message>
    <message>
        <source>partition key</source>
        <translation>clé de partition</translation>
    </message>
    <message>
        <source>sort key</source>
        <translation>clé de tri</translation>
    </message>
    <message>
        <source>The item needs its %1 “%2” (%3)</source>
        <translation>L&apos;élément doit avoir sa %1 «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>The %1 “%2” must be a %3, not a %4</source>
        <translation>La %1 «&#xa0;%2&#xa0;» doit être de type %3, et non %4</translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be empty</source>
        <translation>La %1 «&#xa0;%2&#xa0;» ne peut pas être vide</translation>
    </message>
    <message>
        <source>partition key %1 (%2)</source>
        <translation>clé de partition %1 (%2)</translation>
    </message>
    <message>
        <source>sort key %1 (%2)</source>
        <translation>clé de tri %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ItemJson</name>
    <message>
        <source>A number is written as a string here, e.g. {&quot;N&quot;: &quot;1.5&quot;}</source>
        <translation>Un nombre s&apos;écrit ici sous forme de chaîne, p. ex. {&quot;N&quot;: &quot;1.5&quot;}</translation>
    </message>
    <message>
        <source>“%1” is not a number DynamoDB accepts (at most 38 significant digits, magnitude from 1E-130 to below 1E+126)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre accepté par DynamoDB (au plus 38 chiffres significatifs, magnitude de 1E-130 à moins de 1E+126)</translation>
    </message>
    <message>
        <source>A binary value is written as a base64 string</source>
        <translation>Une valeur binaire s&apos;écrit sous forme de chaîne base64</translation>
    </message>
    <message>
        <source>“%1” is not valid base64</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>A %1 set is written as an array</source>
        <translation>Un ensemble %1 s&apos;écrit sous forme de tableau</translation>
    </message>
    <message>
        <source>DynamoDB does not store empty sets</source>
        <translation>DynamoDB ne stocke pas d&apos;ensembles vides</translation>
    </message>
    <message>
        <source>A string set holds strings only</source>
        <translation>Un ensemble de chaînes ne contient que des chaînes</translation>
    </message>
    <message>
        <source>“%1” is in the set twice</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois dans l&apos;ensemble</translation>
    </message>
    <message>
        <source>“%1” appears twice</source>
        <translation>«&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>$M holds an object: the map&apos;s attributes</source>
        <translation>$M contient un objet&#xa0;: les attributs de la map</translation>
    </message>
    <message>
        <source>$N holds the number as a string</source>
        <translation>$N contient le nombre sous forme de chaîne</translation>
    </message>
    <message>
        <source>$B holds base64 text</source>
        <translation>$B contient du texte base64</translation>
    </message>
    <message>
        <source>%1 holds an array</source>
        <translation>%1 contient un tableau</translation>
    </message>
    <message>
        <source>$NS holds numbers</source>
        <translation>$NS contient des nombres</translation>
    </message>
    <message>
        <source>%1 holds strings</source>
        <translation>%1 contient des chaînes</translation>
    </message>
    <message>
        <source>Unknown marker “%1” (known: $SS, $NS, $BS, $B, $N, $M); a map whose only key starts with “$” is written {&quot;$M&quot;: {&quot;%1&quot;: …}}</source>
        <translation>Marqueur inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: $SS, $NS, $BS, $B, $N, $M)&#xa0;; une map dont la seule clé commence par «&#xa0;$&#xa0;» s&apos;écrit {&quot;$M&quot;: {&quot;%1&quot;: …}}</translation>
    </message>
    <message>
        <source>Nested more than %1 levels deep</source>
        <translation>Imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>An attribute value is an object such as {&quot;S&quot;: &quot;text&quot;}</source>
        <translation>Une valeur d&apos;attribut est un objet comme {&quot;S&quot;: &quot;text&quot;}</translation>
    </message>
    <message>
        <source>An attribute value needs a type, e.g. {&quot;S&quot;: &quot;text&quot;}</source>
        <translation>Une valeur d&apos;attribut doit avoir un type, p. ex. {&quot;S&quot;: &quot;text&quot;}</translation>
    </message>
    <message>
        <source>An attribute value has exactly one type; this one has %1</source>
        <translation>Une valeur d&apos;attribut a exactement un type&#xa0;; celle-ci en a %1</translation>
    </message>
    <message>
        <source>S holds a string</source>
        <translation>S contient une chaîne</translation>
    </message>
    <message>
        <source>BOOL holds true or false</source>
        <translation>BOOL contient true ou false</translation>
    </message>
    <message>
        <source>NULL holds true</source>
        <translation>NULL contient true</translation>
    </message>
    <message>
        <source>L holds an array of attribute values</source>
        <translation>L contient un tableau de valeurs d&apos;attribut</translation>
    </message>
    <message>
        <source>M holds an object of attribute values</source>
        <translation>M contient un objet de valeurs d&apos;attribut</translation>
    </message>
    <message>
        <source>Unknown type “%1”: use S, N, B, BOOL, NULL, M, L, SS, NS or BS</source>
        <translation>Type inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez S, N, B, BOOL, NULL, M, L, SS, NS ou BS</translation>
    </message>
    <message>
        <source>An item is a JSON object of attributes</source>
        <translation>Un élément est un objet JSON d&apos;attributs</translation>
    </message>
    <message>
        <source>An attribute name cannot be empty</source>
        <translation>Un nom d&apos;attribut ne peut pas être vide</translation>
    </message>
</context>
<context>
    <name>ItemJsonError</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ItemJsonReader</name>
    <message>
        <source>Unexpected text after the JSON value</source>
        <translation>Texte inattendu après la valeur JSON</translation>
    </message>
    <message>
        <source>Unexpected end of text</source>
        <translation>Fin de texte inattendue</translation>
    </message>
    <message>
        <source>Nested too deeply (more than %1 levels)</source>
        <translation>Imbrication trop profonde (plus de %1 niveaux)</translation>
    </message>
    <message>
        <source>Expected “:” after the member name</source>
        <translation>«&#xa0;:&#xa0;» attendu après le nom du membre</translation>
    </message>
    <message>
        <source>Expected “,” or “}” after a member</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» attendu après un membre</translation>
    </message>
    <message>
        <source>Trailing comma before “}”</source>
        <translation>Virgule en trop avant «&#xa0;}&#xa0;»</translation>
    </message>
    <message>
        <source>Member names need double quotes, not single quotes</source>
        <translation>Les noms de membre demandent des guillemets doubles, pas simples</translation>
    </message>
    <message>
        <source>Comments are not allowed in JSON</source>
        <translation>Les commentaires ne sont pas autorisés en JSON</translation>
    </message>
    <message>
        <source>Member names need double quotes: &quot;%1&quot;</source>
        <translation>Les noms de membre demandent des guillemets doubles&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Expected a member name in double quotes</source>
        <translation>Nom de membre entre guillemets doubles attendu</translation>
    </message>
    <message>
        <source>Expected “,” or “]” after an element</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» attendu après un élément</translation>
    </message>
    <message>
        <source>Trailing comma before “]”</source>
        <translation>Virgule en trop avant «&#xa0;]&#xa0;»</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>Chaîne non terminée</translation>
    </message>
    <message>
        <source>Unterminated string (a line break must be written \n)</source>
        <translation>Chaîne non terminée (un saut de ligne s&apos;écrit \n)</translation>
    </message>
    <message>
        <source>Control characters must be escaped in strings</source>
        <translation>Les caractères de contrôle doivent être échappés dans les chaînes</translation>
    </message>
    <message>
        <source>Invalid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>Invalid escape sequence “\%1”</source>
        <translation>Séquence d&apos;échappement non valide «&#xa0;\%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unpaired surrogate in a \u escape</source>
        <translation>Substitut non apparié dans un échappement \u</translation>
    </message>
    <message>
        <source>A \u escape needs four hexadecimal digits</source>
        <translation>Un échappement \u demande quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Invalid number “%1”</source>
        <translation>Nombre non valide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Strings need double quotes, not single quotes</source>
        <translation>Les chaînes demandent des guillemets doubles, pas simples</translation>
    </message>
    <message>
        <source>Unexpected “%1”: expected a value</source>
        <translation>«&#xa0;%1&#xa0;» inattendu&#xa0;: valeur attendue</translation>
    </message>
    <message>
        <source>Unexpected word “%1”: strings need double quotes</source>
        <translation>Mot inattendu «&#xa0;%1&#xa0;»&#xa0;: les chaînes demandent des guillemets doubles</translation>
    </message>
</context>
<context>
    <name>ItemLineCodec</name>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A line holds one item: a JSON object</source>
        <translation>Une ligne contient un élément&#xa0;: un objet JSON</translation>
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
        <translation>%1 est à jour.</translation>
    </message>
    <message>
        <source>Table Not Changed</source>
        <translation>Table non modifiée</translation>
    </message>
    <message>
        <source>DynamoDB refused a change to %1:
%2</source>
        <translation>DynamoDB a refusé une modification de %1&#xa0;:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of about %n item(s)…</source>
        <translation>
            <numerusform>%1 supprimé(s) sur environ %n élément…</numerusform>
            <numerusform>%1 supprimés sur environ %n éléments…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryRequest</name>
    <message>
        <source>Filter row %1: </source>
        <translation>Ligne de filtre %1&#xa0;: </translation>
    </message>
    <message>
        <source>choose an attribute.</source>
        <translation>choisissez un attribut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attribute path (write a.b[0].c).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin d&apos;attribut (écrivez a.b[0].c).</translation>
    </message>
    <message>
        <source>size() applies to comparisons, BETWEEN and IN only.</source>
        <translation>size() ne s&apos;applique qu&apos;aux comparaisons, à BETWEEN et à IN.</translation>
    </message>
    <message>
        <source>IN needs at least one value.</source>
        <translation>IN demande au moins une valeur.</translation>
    </message>
    <message>
        <source>IN takes at most 100 values; this one has %1.</source>
        <translation>IN accepte au plus 100 valeurs&#xa0;; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>BETWEEN needs two values.</source>
        <translation>BETWEEN demande deux valeurs.</translation>
    </message>
    <message>
        <source>enter a value.</source>
        <translation>saisissez une valeur.</translation>
    </message>
    <message>
        <source>enter a valid value.</source>
        <translation>saisissez une valeur valide.</translation>
    </message>
    <message>
        <source>attribute_type needs one of S, SS, N, NS, B, BS, BOOL, NULL, L, M.</source>
        <translation>attribute_type demande l&apos;un de S, SS, N, NS, B, BS, BOOL, NULL, L, M.</translation>
    </message>
    <message>
        <source>Choose a table.</source>
        <translation>Choisissez une table.</translation>
    </message>
    <message>
        <source>A Query needs the partition key of the table or index.</source>
        <translation>Une requête demande la clé de partition de la table ou de l&apos;index.</translation>
    </message>
    <message>
        <source>Enter a value for the partition key %1: a Query reads one partition.</source>
        <translation>Saisissez une valeur pour la clé de partition %1&#xa0;: une requête lit une partition.</translation>
    </message>
    <message>
        <source>This table or index has no sort key to compare.</source>
        <translation>Cette table ou cet index n&apos;a pas de clé de tri à comparer.</translation>
    </message>
    <message>
        <source>Enter a value for the sort key %1.</source>
        <translation>Saisissez une valeur pour la clé de tri %1.</translation>
    </message>
    <message>
        <source>BETWEEN needs a high value for the sort key %1.</source>
        <translation>BETWEEN demande une valeur haute pour la clé de tri %1.</translation>
    </message>
    <message>
        <source>begins_with does not apply to a Number sort key.</source>
        <translation>begins_with ne s&apos;applique pas à une clé de tri de type Number.</translation>
    </message>
    <message>
        <source>The filter text is empty.</source>
        <translation>Le texte du filtre est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attribute path to project (write a.b[0].c).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin d&apos;attribut à projeter (écrivez a.b[0].c).</translation>
    </message>
    <message>
        <source>The page size must be 1 or more.</source>
        <translation>La taille de page doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>The item limit must be 0 (all) or more.</source>
        <translation>La limite d&apos;éléments doit être 0 (tous) ou plus.</translation>
    </message>
    <message>
        <source>Segments must be between 1 and 1,000,000.</source>
        <translation>Le nombre de segments doit être compris entre 1 et 1 000 000.</translation>
    </message>
</context>
<context>
    <name>QueryResult</name>
    <message>
        <source>Read %1 items to return %2</source>
        <translation>%1 éléments lus pour en renvoyer %2</translation>
    </message>
    <message numerus="yes">
        <source>Count %1 · ScannedCount %2 · %3 RCU · %n page(s)</source>
        <translation>
            <numerusform>Count %1 · ScannedCount %2 · %3 RCU · %n page</numerusform>
            <numerusform>Count %1 · ScannedCount %2 · %3 RCU · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source> · first %1 items shown (max items)</source>
        <translation> · %1 premiers éléments affichés (éléments max.)</translation>
    </message>
</context>
<context>
    <name>SavedQuery</name>
    <message>
        <source>The definition has no Operation.</source>
        <translation>La définition n&apos;a pas d&apos;opération.</translation>
    </message>
    <message>
        <source>The definition has no Request object.</source>
        <translation>La définition n&apos;a pas d&apos;objet Request.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>TableConfirmations</name>
    <message>
        <source>Delete the table %1?</source>
        <translation>Supprimer la table %1&#xa0;?</translation>
    </message>
    <message>
        <source>DeleteTable removes the table &lt;b&gt;%1&lt;/b&gt; with all of its items, its indexes and its stream. This cannot be undone.</source>
        <translation>DeleteTable supprime la table &lt;b&gt;%1&lt;/b&gt; avec tous ses éléments, ses index et son flux. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>Supprimer la table</translation>
    </message>
    <message>
        <source>about %1 items</source>
        <translation>environ %1 éléments</translation>
    </message>
    <message>
        <source>every item</source>
        <translation>chaque élément</translation>
    </message>
    <message>
        <source>Delete all items of %1?</source>
        <translation>Supprimer tous les éléments de %1&#xa0;?</translation>
    </message>
    <message>
        <source>This scans &lt;b&gt;%1&lt;/b&gt; and deletes %2 with one DeleteItem request each. The table, its indexes and its settings stay. Deleted items cannot be recovered, and on a provisioned table the deletes consume write capacity.</source>
        <translation>Cette opération analyse &lt;b&gt;%1&lt;/b&gt; et supprime %2 avec une requête DeleteItem par élément. La table, ses index et ses paramètres sont conservés. Les éléments supprimés ne peuvent pas être récupérés et, sur une table en mode alloué, les suppressions consomment de la capacité d&apos;écriture.</translation>
    </message>
    <message>
        <source>Delete all items</source>
        <translation>Supprimer tous les éléments</translation>
    </message>
</context>
<context>
    <name>TableRequestPlanner</name>
    <message>
        <source>Expire items by the attribute &apos;%1&apos;</source>
        <translation>Faire expirer les éléments selon l&apos;attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Stop expiring items by the attribute &apos;%1&apos;</source>
        <translation>Ne plus faire expirer les éléments selon l&apos;attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Switch to on-demand capacity</source>
        <translation>Passer en capacité à la demande</translation>
    </message>
    <message>
        <source>Switch to provisioned capacity (%1 reads, %2 writes)</source>
        <translation>Passer en capacité allouée (%1 lectures, %2 écritures)</translation>
    </message>
    <message>
        <source>Provision %1 reads and %2 writes per second</source>
        <translation>Allouer %1 lectures et %2 écritures par seconde</translation>
    </message>
    <message>
        <source>Change the capacity of global secondary indexes</source>
        <translation>Modifier la capacité des index secondaires globaux</translation>
    </message>
    <message>
        <source>Delete the global secondary index &apos;%1&apos;</source>
        <translation>Supprimer l&apos;index secondaire global &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Create the global secondary index &apos;%1&apos;</source>
        <translation>Créer l&apos;index secondaire global &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Disable the stream</source>
        <translation>Désactiver le flux</translation>
    </message>
    <message>
        <source>Enable a stream of %1</source>
        <translation>Activer un flux de %1</translation>
    </message>
    <message>
        <source>Remove tags: %1</source>
        <translation>Retirer les balises&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set tags: %1</source>
        <translation>Définir les balises&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create the table &apos;%1&apos;</source>
        <translation>Créer la table &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Protect the table against deletion</source>
        <translation>Protéger la table contre la suppression</translation>
    </message>
    <message>
        <source>Allow the table to be deleted</source>
        <translation>Autoriser la suppression de la table</translation>
    </message>
</context>
<context>
    <name>TableSpecValidator</name>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binaire</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Attribute names used here are at most 255 bytes long (this one has %1).</source>
        <translation>Les noms d&apos;attribut utilisés ici font au plus 255 octets (celui-ci en a %1).</translation>
    </message>
    <message>
        <source>Read capacity must be at least 1 unit.</source>
        <translation>La capacité de lecture doit être d&apos;au moins 1 unité.</translation>
    </message>
    <message>
        <source>Write capacity must be at least 1 unit.</source>
        <translation>La capacité d&apos;écriture doit être d&apos;au moins 1 unité.</translation>
    </message>
    <message>
        <source>Given value %1 for %2 is out of bounds.</source>
        <translation>La valeur %1 donnée pour %2 est hors limites.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 attribute in %3; an attribute has one type in all keys.</source>
        <translation>&apos;%1&apos; est un attribut %2 dans %3&#xa0;; un attribut a le même type dans toutes les clés.</translation>
    </message>
    <message>
        <source>Enter the partition key attribute.</source>
        <translation>Saisissez l&apos;attribut de clé de partition.</translation>
    </message>
    <message>
        <source>The sort key must differ from the partition key.</source>
        <translation>La clé de tri doit différer de la clé de partition.</translation>
    </message>
    <message>
        <source>the table&apos;s partition key</source>
        <translation>la clé de partition de la table</translation>
    </message>
    <message>
        <source>the table&apos;s sort key</source>
        <translation>la clé de tri de la table</translation>
    </message>
    <message>
        <source>Local secondary indexes need a table with a sort key.</source>
        <translation>Les index secondaires locaux exigent une table dotée d&apos;une clé de tri.</translation>
    </message>
    <message>
        <source>A table can have at most %1 local secondary indexes.</source>
        <translation>Une table peut avoir au plus %1 index secondaires locaux.</translation>
    </message>
    <message>
        <source>A table can have at most %1 global secondary indexes.</source>
        <translation>Une table peut avoir au plus %1 index secondaires globaux.</translation>
    </message>
    <message>
        <source>Another index is already named &apos;%1&apos;.</source>
        <translation>Un autre index s&apos;appelle déjà &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Enter the index partition key.</source>
        <translation>Saisissez la clé de partition de l&apos;index.</translation>
    </message>
    <message>
        <source>A local secondary index needs a sort key.</source>
        <translation>Un index secondaire local demande une clé de tri.</translation>
    </message>
    <message>
        <source>index &apos;%1&apos;</source>
        <translation>l&apos;index &apos;%1&apos;</translation>
    </message>
    <message>
        <source>List the non-key attributes to project (INCLUDE needs at least one).</source>
        <translation>Indiquez les attributs non-clés à projeter (INCLUDE en demande au moins un).</translation>
    </message>
    <message>
        <source>Non-key attribute &apos;%1&apos; is listed twice.</source>
        <translation>L&apos;attribut non-clé &apos;%1&apos; figure deux fois.</translation>
    </message>
    <message>
        <source>The indexes project %1 non-key attributes in all; DynamoDB allows at most %2, summed across all secondary indexes.</source>
        <translation>Les index projettent %1 attributs non-clés au total&#xa0;; DynamoDB en autorise au plus %2, cumulés sur tous les index secondaires.</translation>
    </message>
    <message>
        <source>Enter the attribute that holds the expiry time.</source>
        <translation>Saisissez l&apos;attribut qui contient l&apos;heure d&apos;expiration.</translation>
    </message>
    <message>
        <source>A table can have at most %1 tags.</source>
        <translation>Une table peut avoir au plus %1 balises.</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>Saisissez une clé de balise.</translation>
    </message>
    <message>
        <source>Tag keys are at most %1 characters long.</source>
        <translation>Les clés de balise font au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Tag values are at most %1 characters long.</source>
        <translation>Les valeurs de balise font au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Tags may contain only letters, digits, spaces and + - = . _ : / @</source>
        <translation>Les balises ne peuvent contenir que des lettres, des chiffres, des espaces et + - = . _&#xa0;: / @</translation>
    </message>
    <message>
        <source>The aws: prefix is reserved for AWS.</source>
        <translation>Le préfixe aws: est réservé à AWS.</translation>
    </message>
    <message>
        <source>The tag key &apos;%1&apos; is used twice.</source>
        <translation>La clé de balise &apos;%1&apos; est utilisée deux fois.</translation>
    </message>
    <message>
        <source>Enter an index name.</source>
        <translation>Saisissez un nom d&apos;index.</translation>
    </message>
    <message>
        <source>Enter a table name.</source>
        <translation>Saisissez un nom de table.</translation>
    </message>
    <message>
        <source>Index names are 3 to 255 characters long (this one has %1).</source>
        <translation>Les noms d&apos;index font de 3 à 255 caractères (celui-ci en a %1).</translation>
    </message>
    <message>
        <source>Table names are 3 to 255 characters long (this one has %1).</source>
        <translation>Les noms de table font de 3 à 255 caractères (celui-ci en a %1).</translation>
    </message>
    <message>
        <source>Index names may contain only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Les noms d&apos;index ne peuvent contenir que des lettres, des chiffres, &apos;_&apos;, &apos;-&apos; et &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Table names may contain only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Les noms de table ne peuvent contenir que des lettres, des chiffres, &apos;_&apos;, &apos;-&apos; et &apos;.&apos;.</translation>
    </message>
</context>
<context>
    <name>TransferFormat</name>
    <message>
        <source>DynamoDB JSON Lines</source>
        <translation>JSON Lines DynamoDB</translation>
    </message>
    <message>
        <source>Plain JSON Lines</source>
        <translation>JSON Lines simple</translation>
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
        <translation>échec du démarrage</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>plantage</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>sortie %1</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::AccessPatternCheckDialog</name>
    <message>
        <source>Check Access Patterns of %1</source>
        <translation>Vérifier les modèles d&apos;accès de %1</translation>
    </message>
    <message>
        <source>Runs every saved query of %1 through all its pages and measures what it costs.</source>
        <translation>Exécute chaque requête enregistrée de %1 sur toutes ses pages et mesure ce qu&apos;elle coûte.</translation>
    </message>
    <message>
        <source>%v of %m queries</source>
        <translation>%v requêtes sur %m</translation>
    </message>
    <message>
        <source>Access pattern</source>
        <translation>Modèle d&apos;accès</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysés</translation>
    </message>
    <message>
        <source>Consumed RCU</source>
        <translation>RCU consommées</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Items returned (Count), after the filter</source>
        <translation>Éléments renvoyés (Count), après le filtre</translation>
    </message>
    <message>
        <source>Items read (ScannedCount), before the filter</source>
        <translation>Éléments lus (ScannedCount), avant le filtre</translation>
    </message>
    <message>
        <source>Read capacity units consumed by all pages</source>
        <translation>Unités de capacité de lecture consommées par toutes les pages</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>%1 RCU in all</source>
        <translation>%1 RCU au total</translation>
    </message>
    <message>
        <source>Stopped. %1 so far.</source>
        <translation>Arrêté. %1 jusqu&apos;ici.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n access pattern(s) checked, %1.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n modèle d&apos;accès vérifié, %1.</numerusform>
            <numerusform>Terminé&#xa0;: %n modèles d&apos;accès vérifiés, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deserve(s) a look.</source>
        <translation>
            <numerusform>%n mérite un examen.</numerusform>
            <numerusform>%n méritent un examen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n en échec.</numerusform>
            <numerusform>%n en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Scan reads the whole table or index and pays for every item it reads, so its cost grows with the table. A Query on a key or an index reads only what it asks for.</source>
        <translation>Une analyse lit toute la table ou tout l&apos;index et paie chaque élément lu&#xa0;: son coût grandit donc avec la table. Une requête sur une clé ou un index ne lit que ce qu&apos;elle demande.</translation>
    </message>
    <message>
        <source>The filter discards most of the items after they were read and paid for: a key condition, or an index on the filtered attribute, would read only the items returned.</source>
        <translation>Le filtre écarte la plupart des éléments après leur lecture, déjà payée&#xa0;: une condition de clé, ou un index sur l&apos;attribut filtré, ne lirait que les éléments renvoyés.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::AccessPatternRunner</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>Scan reads every item</source>
        <translation>L&apos;analyse lit chaque élément</translation>
    </message>
    <message>
        <source>returns %1% of the items it reads</source>
        <translation>renvoie %1 % des éléments lus</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::BatchWriter</name>
    <message numerus="yes">
        <source>%n item(s) stayed unprocessed after %1 attempts</source>
        <translation>
            <numerusform>%n élément est resté non traité après %1 tentatives</numerusform>
            <numerusform>%n éléments sont restés non traités après %1 tentatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::CodeView</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Copier le code dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ConnectionDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Base de données locale</translation>
    </message>
    <message>
        <source>&amp;Open a database file</source>
        <translation>&amp;Ouvrir un fichier de base de données</translation>
    </message>
    <message>
        <source>Create a &amp;new database file</source>
        <translation>Créer un &amp;nouveau fichier de base de données</translation>
    </message>
    <message>
        <source>In-&amp;memory scratch database, gone when Dynoscope closes</source>
        <translation>Base temporaire en &amp;mémoire, perdue à la fermeture de Dynoscope</translation>
    </message>
    <message>
        <source>Remote endpoint</source>
        <translation>Point de terminaison distant</translation>
    </message>
    <message>
        <source>&amp;DynamoDB endpoint: AWS, DynamoDB Local, LocalStack, dynoscope-server…</source>
        <translation>Point de terminaison &amp;DynamoDB&#xa0;: AWS, DynamoDB Local, LocalStack, dynoscope-server…</translation>
    </message>
    <message>
        <source>Choose the database file to open.</source>
        <translation>Choisissez le fichier de base de données à ouvrir.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Choose where to create the database file.</source>
        <translation>Choisissez où créer le fichier de base de données.</translation>
    </message>
    <message>
        <source>“%1” already exists: open it instead.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;: ouvrez-le plutôt.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Dynoscope databases (*%1);;All files (*)</source>
        <translation>Bases de données Dynoscope (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ConnectionTreeModel</name>
    <message>
        <source>Cannot list tables: %1</source>
        <translation>Impossible de lister les tables&#xa0;: %1</translation>
    </message>
    <message>
        <source>TTL: %1</source>
        <translation>TTL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Items expire when this Number attribute (epoch seconds) has passed.</source>
        <translation>Les éléments expirent lorsque l&apos;instant de cet attribut Number (secondes epoch) est passé.</translation>
    </message>
    <message>
        <source>%1
Keys: %2
Items: %3</source>
        <translation>%1
Clés&#xa0;: %2
Éléments&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stream: %1</source>
        <translation>Flux&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::CopyTableDialog</name>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the items too (otherwise only the schema)</source>
        <translation>Copier aussi les éléments (sinon seulement le schéma)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>À partir de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>New table &amp;name:</source>
        <translation>&amp;Nom de la nouvelle table&#xa0;:</translation>
    </message>
    <message>
        <source>The new table gets the same keys, indexes, billing mode and stream settings. Tags, TTL, encryption and deletion protection are not copied.</source>
        <translation>La nouvelle table reçoit les mêmes clés, index, mode de capacité et paramètres de flux. Les balises, le TTL, le chiffrement et la protection contre la suppression ne sont pas copiés.</translation>
    </message>
    <message>
        <source>%1 (the same connection)</source>
        <translation>%1 (la même connexion)</translation>
    </message>
    <message>
        <source>A table name has 3 to 255 letters, digits, underscores (_), hyphens (-) and dots (.).</source>
        <translation>Un nom de table compte de 3 à 255 lettres, chiffres, traits de soulignement (_), tirets (-) et points (.).</translation>
    </message>
    <message>
        <source>The target connection is closed.</source>
        <translation>La connexion cible est fermée.</translation>
    </message>
    <message>
        <source>Choose another name or another connection: a table cannot be copied onto itself.</source>
        <translation>Choisissez un autre nom ou une autre connexion&#xa0;: une table ne peut pas être copiée sur elle-même.</translation>
    </message>
    <message>
        <source>Creating %1 on %2 and waiting for it to become active…</source>
        <translation>Création de %1 sur %2 et attente de son activation…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %Ln item(s) copied</source>
        <translation>
            <numerusform>%1 copié(s) sur environ %Ln élément</numerusform>
            <numerusform>%1 copiés sur environ %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln item(s) into %1 on %2.</source>
        <translation>
            <numerusform>%Ln élément copié dans %1 sur %2.</numerusform>
            <numerusform>%Ln éléments copiés dans %1 sur %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 on %2.</source>
        <translation>%1 créée sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>The target refused %Ln item(s), e.g.: %1</source>
        <translation>
            <numerusform>La cible a refusé %Ln élément, p. ex.&#xa0;: %1</numerusform>
            <numerusform>La cible a refusé %Ln éléments, p. ex.&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>La copie a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copy stopped: %1 holds the %Ln item(s) copied so far.</source>
        <translation>
            <numerusform>Copie arrêtée&#xa0;: %1 contient l&apos;élément copié jusqu&apos;ici (%Ln).</numerusform>
            <numerusform>Copie arrêtée&#xa0;: %1 contient les %Ln éléments copiés jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy stopped.</source>
        <translation>Copie arrêtée.</translation>
    </message>
    <message>
        <source>Reading the schema of %1…</source>
        <translation>Lecture du schéma de %1…</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::CostPanel</name>
    <message>
        <source>Defaults: AWS us-east-1 list prices from &lt;a href=&quot;https://aws.amazon.com/dynamodb/pricing/on-demand/&quot;&gt;Pricing for On-Demand Capacity&lt;/a&gt; and &lt;a href=&quot;https://aws.amazon.com/dynamodb/pricing/provisioned/&quot;&gt;Pricing for Provisioned Capacity&lt;/a&gt;. Storage, backups and free tier are not included.</source>
        <translation>Valeurs par défaut&#xa0;: prix catalogue AWS de us-east-1, d&apos;après &lt;a href=&quot;https://aws.amazon.com/dynamodb/pricing/on-demand/&quot;&gt;Pricing for On-Demand Capacity&lt;/a&gt; et &lt;a href=&quot;https://aws.amazon.com/dynamodb/pricing/provisioned/&quot;&gt;Pricing for Provisioned Capacity&lt;/a&gt;. Le stockage, les sauvegardes et l&apos;offre gratuite ne sont pas inclus.</translation>
    </message>
    <message>
        <source>On-demand, per million read request units:</source>
        <translation>À la demande, par million d&apos;unités de demande de lecture&#xa0;:</translation>
    </message>
    <message>
        <source>On-demand, per million write request units:</source>
        <translation>À la demande, par million d&apos;unités de demande d&apos;écriture&#xa0;:</translation>
    </message>
    <message>
        <source>Provisioned, per RCU-hour:</source>
        <translation>Alloué, par RCU-heure&#xa0;:</translation>
    </message>
    <message>
        <source>Provisioned, per WCU-hour:</source>
        <translation>Alloué, par WCU-heure&#xa0;:</translation>
    </message>
    <message>
        <source>No consumption observed yet.</source>
        <translation>Aucune consommation observée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Observed %1 RCU and %2 WCU in %3 s, extrapolated to a month (730 h):&lt;br&gt;&lt;b&gt;On-demand: %4/month&lt;/b&gt; (reads %5, writes %6)&lt;br&gt;&lt;b&gt;Provisioned: %7/month&lt;/b&gt; for %8 RCU and %9 WCU, the busiest second&apos;s consumption</source>
        <translation>%1 RCU et %2 WCU observées en %3 s, extrapolées sur un mois (730 h)&#xa0;:&lt;br&gt;&lt;b&gt;À la demande&#xa0;: %4/mois&lt;/b&gt; (lectures %5, écritures %6)&lt;br&gt;&lt;b&gt;Alloué&#xa0;: %7/mois&lt;/b&gt; pour %8 RCU et %9 WCU, la consommation de la seconde la plus chargée</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::DemoData</name>
    <message>
        <source>Loading demo data: %1 of %2 items</source>
        <translation>Chargement des données de démonstration&#xa0;: %1 éléments sur %2</translation>
    </message>
    <message>
        <source>Demo data loaded: %1 items in 3 tables</source>
        <translation>Données de démonstration chargées&#xa0;: %1 éléments dans 3 tables</translation>
    </message>
    <message>
        <source>Loading demo data failed: %1</source>
        <translation>Échec du chargement des données de démonstration&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::EmbeddedConnection</name>
    <message>
        <source>Embedded: %1</source>
        <translation>Intégrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Scan the table in this many segments at once (a parallel scan). More segments read a large table faster and use more read capacity.</source>
        <translation>Analyser la table en autant de segments à la fois (analyse parallèle). Davantage de segments lisent une grande table plus vite et consomment plus de capacité de lecture.</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;CSV (*.csv);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Parallel scan:</source>
        <translation>Analyse &amp;parallèle&#xa0;:</translation>
    </message>
    <message>
        <source> segment(s)</source>
        <translation> segment(s)</translation>
    </message>
    <message>
        <source>Every item of the table is written; the file appears once the export is complete.</source>
        <translation>Chaque élément de la table est écrit&#xa0;; le fichier apparaît une fois l&apos;exportation terminée.</translation>
    </message>
    <message>
        <source>One {&quot;Item&quot;: …} per line in DynamoDB JSON, as DynamoDB&apos;s export to Amazon S3 writes it.</source>
        <translation>Un {&quot;Item&quot;: …} par ligne en JSON DynamoDB, comme l&apos;écrit l&apos;exportation de DynamoDB vers Amazon S3.</translation>
    </message>
    <message>
        <source>One plain JSON object per line. Numbers keep every digit; sets and binaries are marked ({&quot;$SS&quot;: […]}, {&quot;$B&quot;: &quot;…&quot;}).</source>
        <translation>Un objet JSON simple par ligne. Les nombres gardent tous leurs chiffres&#xa0;; les ensembles et les binaires sont marqués ({&quot;$SS&quot;: […]}, {&quot;$B&quot;: &quot;…&quot;}).</translation>
    </message>
    <message>
        <source>A header of name:TYPE columns, then one item per row. Maps, lists and sets are written as JSON; an empty cell is a missing attribute.</source>
        <translation>Un en-tête de colonnes nom:TYPE, puis un élément par ligne. Les maps, listes et ensembles sont écrits en JSON&#xa0;; une cellule vide est un attribut absent.</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Choisissez le fichier vers lequel exporter.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe. Le remplacer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written (%1)</source>
        <translation>
            <numerusform>%Ln élément écrit (%1)</numerusform>
            <numerusform>%Ln éléments écrits (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln item(s) to %1 (%2).</source>
        <translation>
            <numerusform>%Ln élément exporté vers %1 (%2).</numerusform>
            <numerusform>%Ln éléments exportés vers %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1
No file was written.</source>
        <translation>L&apos;exportation a échoué&#xa0;: %1
Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export stopped. No file was written.</source>
        <translation>Exportation arrêtée. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ExpressionEditor</name>
    <message>
        <source>&quot;%1&quot; is a reserved word: an attribute with this name must be written as a #placeholder.</source>
        <translation>«&#xa0;%1&#xa0;» est un mot réservé&#xa0;: un attribut de ce nom doit s&apos;écrire avec un #espace réservé.</translation>
    </message>
    <message>
        <source>Alias as %1</source>
        <translation>Remplacer par %1</translation>
    </message>
    <message>
        <source>Writes the word as a #placeholder and defines it in ExpressionAttributeNames.</source>
        <translation>Écrit le mot sous forme de #espace réservé et le définit dans ExpressionAttributeNames.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ExpressionLexer</name>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Attribute name</source>
        <translation>Nom d&apos;attribut</translation>
    </message>
    <message>
        <source>Reserved word</source>
        <translation>Mot réservé</translation>
    </message>
    <message>
        <source>Name placeholder</source>
        <translation>Espace réservé de nom</translation>
    </message>
    <message>
        <source>Value placeholder</source>
        <translation>Espace réservé de valeur</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Invalid character</source>
        <translation>Caractère non valide</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ExpressionPane</name>
    <message>
        <source>ExpressionAttributeValues must be a JSON object of placeholders and values.</source>
        <translation>ExpressionAttributeValues doit être un objet JSON d&apos;espaces réservés et de valeurs.</translation>
    </message>
    <message>
        <source>ExpressionAttributeNames must be a JSON object of placeholders and names.</source>
        <translation>ExpressionAttributeNames doit être un objet JSON d&apos;espaces réservés et de noms.</translation>
    </message>
    <message>
        <source>The value of %1 must be a DynamoDB JSON value such as {&quot;S&quot;: &quot;text&quot;}.</source>
        <translation>La valeur de %1 doit être une valeur JSON DynamoDB comme {&quot;S&quot;: &quot;text&quot;}.</translation>
    </message>
    <message>
        <source>The value of %1 must be a string: the attribute name.</source>
        <translation>La valeur de %1 doit être une chaîne&#xa0;: le nom de l&apos;attribut.</translation>
    </message>
    <message>
        <source>Key condition (KeyConditionExpression)</source>
        <translation>Condition de clé (KeyConditionExpression)</translation>
    </message>
    <message>
        <source>Filter (FilterExpression)</source>
        <translation>Filtre (FilterExpression)</translation>
    </message>
    <message>
        <source>Projection (ProjectionExpression)</source>
        <translation>Projection (ProjectionExpression)</translation>
    </message>
    <message>
        <source>ExpressionAttributeNames</source>
        <translation>ExpressionAttributeNames</translation>
    </message>
    <message>
        <source>ExpressionAttributeValues (DynamoDB JSON)</source>
        <translation>ExpressionAttributeValues (JSON DynamoDB)</translation>
    </message>
    <message>
        <source>ExpressionAttributeNames is not a valid JSON object.</source>
        <translation>ExpressionAttributeNames n&apos;est pas un objet JSON valide.</translation>
    </message>
    <message>
        <source>ExpressionAttributeValues is not a valid JSON object.</source>
        <translation>ExpressionAttributeValues n&apos;est pas un objet JSON valide.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::FilePathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importer depuis</translation>
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
        <translation>Inverser tout le groupe</translation>
    </message>
    <message>
        <source>All of (AND)</source>
        <translation>Toutes (AND)</translation>
    </message>
    <message>
        <source>Any of (OR)</source>
        <translation>Au moins une (OR)</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Groupe</translation>
    </message>
    <message>
        <source>Add a nested AND/OR group</source>
        <translation>Ajouter un groupe AND/OR imbriqué</translation>
    </message>
    <message>
        <source>No filter: every item read is returned. Add a condition to filter.</source>
        <translation>Aucun filtre&#xa0;: chaque élément lu est renvoyé. Ajoutez une condition pour filtrer.</translation>
    </message>
    <message>
        <source>An empty group is left out of the filter.</source>
        <translation>Un groupe vide est omis du filtre.</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Retirer ce groupe</translation>
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
        <translation>Inverser cette condition</translation>
    </message>
    <message>
        <source>attribute, e.g. a.b[0]</source>
        <translation>attribut, p. ex. a.b[0]</translation>
    </message>
    <message>
        <source>An attribute path: a name, a.b for a map member, a[0] for a list element</source>
        <translation>Un chemin d&apos;attribut&#xa0;: un nom, a.b pour un membre de map, a[0] pour un élément de liste</translation>
    </message>
    <message>
        <source>Compare size(attribute): the length of a string or binary, the number of elements of a set, list or map</source>
        <translation>Comparer size(attribute)&#xa0;: la longueur d&apos;une chaîne ou d&apos;un binaire, le nombre d&apos;éléments d&apos;un ensemble, d&apos;une liste ou d&apos;une map</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <source>not exists</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>The DynamoDB type the attribute must have</source>
        <translation>Le type DynamoDB que l&apos;attribut doit avoir</translation>
    </message>
    <message>
        <source>Add a value to the IN list</source>
        <translation>Ajouter une valeur à la liste IN</translation>
    </message>
    <message>
        <source>Remove the last value of the IN list</source>
        <translation>Retirer la dernière valeur de la liste IN</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Retirer cette condition</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::HeatmapView</name>
    <message>
        <source>No metrics yet</source>
        <translation>Pas encore de métriques</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>items</source>
        <translation>éléments</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partition %1&lt;/b&gt;&lt;br&gt;Range %2 – %3&lt;br&gt;%4: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;Partition %1&lt;/b&gt;&lt;br&gt;Plage %2 – %3&lt;br&gt;%4&#xa0;: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Items: %1, size: %2</source>
        <translation>&lt;br&gt;Éléments&#xa0;: %1, taille&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Top keys:&lt;br&gt;%1</source>
        <translation>&lt;br&gt;Clés les plus sollicitées&#xa0;:&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::HeatmapWindow</name>
    <message>
        <source>Partition Heatmap: %1</source>
        <translation>Carte thermique des partitions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Consumed RCU</source>
        <translation>RCU consommées</translation>
    </message>
    <message>
        <source>Consumed WCU</source>
        <translation>WCU consommées</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Throttled requests</source>
        <translation>Requêtes limitées</translation>
    </message>
    <message>
        <source>Average latency (ms)</source>
        <translation>Latence moyenne (ms)</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Size column in bytes</source>
        <translation>Colonne de taille en octets</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Métrique&#xa0;:</translation>
    </message>
    <message>
        <source>Brightness:</source>
        <translation>Luminosité&#xa0;:</translation>
    </message>
    <message>
        <source>Click a cell to list its partition&apos;s hot keys; double-click a key to open the item.</source>
        <translation>Cliquez sur une cellule pour lister les clés chaudes de sa partition&#xa0;; double-cliquez sur une clé pour ouvrir l&apos;élément.</translation>
    </message>
    <message>
        <source>Hot Keys</source>
        <translation>Clés chaudes</translation>
    </message>
    <message>
        <source>Load Simulator</source>
        <translation>Simulateur de charge</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Hot keys need Dynoscope&apos;s GetHotKeys; this endpoint does not offer it.</source>
        <translation>Les clés chaudes nécessitent GetHotKeys de Dynoscope&#xa0;; ce point de terminaison ne le propose pas.</translation>
    </message>
    <message>
        <source>%1 — %2 accesses</source>
        <translation>%1 — %2 accès</translation>
    </message>
    <message>
        <source>No hot keys recorded for partition %1 in this window.</source>
        <translation>Aucune clé chaude enregistrée pour la partition %1 dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Estimate: this endpoint has no Dynoscope partition operations. Rows are %1 equal hash ranges, item counts come from a sample of up to 1000 scanned items, and activity counts only this app&apos;s own requests.</source>
        <translation>Estimation&#xa0;: ce point de terminaison n&apos;a pas les opérations de partition de Dynoscope. Les lignes sont %1 plages de hachage égales, le nombre d&apos;éléments provient d&apos;un échantillon d&apos;au plus 1000 éléments analysés, et l&apos;activité ne compte que les requêtes de cette application.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::HttpConnection</name>
    <message>
        <source>%1 answered HTTP %2 %3, not a DynamoDB error.</source>
        <translation>%1 a répondu HTTP %2 %3, et non une erreur DynamoDB.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Pas de réponse de %1 en %2 s.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered with something other than DynamoDB&apos;s JSON.</source>
        <translation>%1 a répondu autre chose que le JSON de DynamoDB.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ImportDialog</name>
    <message>
        <source>Import into %1</source>
        <translation>Importer dans %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Only check the file (dry run): write nothing</source>
        <translation>Seulement vérifier le fichier (essai à blanc)&#xa0;: ne rien écrire</translation>
    </message>
    <message>
        <source>From the file name (.csv is CSV, anything else JSON Lines)</source>
        <translation>D&apos;après le nom du fichier (.csv pour CSV, tout le reste JSON Lines)</translation>
    </message>
    <message>
        <source>JSON Lines: DynamoDB or plain JSON, told apart line by line</source>
        <translation>JSON Lines&#xa0;: JSON DynamoDB ou simple, distingués ligne par ligne</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>CSV avec une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>JSON Lines or CSV (*.jsonl *.json *.csv);;All files (*)</source>
        <translation>JSON Lines ou CSV (*.jsonl *.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Each record is checked against the table&apos;s key first: bad records are skipped and listed, good ones are written whole. An import is not a transaction: stopping it keeps the items written so far.</source>
        <translation>Chaque enregistrement est d&apos;abord vérifié par rapport à la clé de la table&#xa0;: les enregistrements incorrects sont ignorés et listés, les bons sont écrits en entier. Une importation n&apos;est pas une transaction&#xa0;: l&apos;arrêter conserve les éléments déjà écrits.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln good record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement correct</numerusform>
            <numerusform>%Ln enregistrements corrects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad</source>
        <translation>
            <numerusform>%Ln incorrect</numerusform>
            <numerusform>%Ln incorrects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written</source>
        <translation>
            <numerusform>%Ln élément écrit</numerusform>
            <numerusform>%Ln éléments écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) skipped</source>
        <translation>
            <numerusform>%Ln enregistrement ignoré</numerusform>
            <numerusform>%Ln enregistrements ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %Ln record(s) would be written</source>
        <translation>
            <numerusform>Vérifié&#xa0;: %Ln enregistrement serait écrit</numerusform>
            <numerusform>Vérifié&#xa0;: %Ln enregistrements seraient écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would be skipped. Nothing was written.</source>
        <translation>
            <numerusform>%Ln serait ignoré. Rien n&apos;a été écrit.</numerusform>
            <numerusform>%Ln seraient ignorés. Rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln item(s).</source>
        <translation>
            <numerusform>%Ln élément importé.</numerusform>
            <numerusform>%Ln éléments importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) skipped.</source>
        <translation>
            <numerusform>%Ln enregistrement ignoré.</numerusform>
            <numerusform>%Ln enregistrements ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>L&apos;importation a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln item(s) written before stay in the table.</source>
        <translation>
            <numerusform>L&apos;élément écrit auparavant (%Ln) reste dans la table.</numerusform>
            <numerusform>Les %Ln éléments écrits auparavant restent dans la table.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Vérification arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>Import stopped: the %Ln item(s) written so far stay in the table.</source>
        <translation>
            <numerusform>Importation arrêtée&#xa0;: l&apos;élément écrit jusqu&apos;ici (%Ln) reste dans la table.</numerusform>
            <numerusform>Importation arrêtée&#xa0;: les %Ln éléments écrits jusqu&apos;ici restent dans la table.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>The first %1 skipped records are listed.</source>
        <translation>Les %1 premiers enregistrements ignorés sont listés.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::IndexListEditor</name>
    <message>
        <source>Global secondary indexes</source>
        <translation>Index secondaires globaux</translation>
    </message>
    <message>
        <source>Local secondary indexes</source>
        <translation>Index secondaires locaux</translation>
    </message>
    <message>
        <source>Add global index</source>
        <translation>Ajouter un index global</translation>
    </message>
    <message>
        <source>Add local index</source>
        <translation>Ajouter un index local</translation>
    </message>
    <message>
        <source>Query the table by other keys. A global index has its own partition key and, on a provisioned table, its own capacity. Indexes can be added to or removed from a table at any time.</source>
        <translation>Interroger la table par d&apos;autres clés. Un index global a sa propre clé de partition et, sur une table en mode alloué, sa propre capacité. Les index peuvent être ajoutés à une table ou retirés à tout moment.</translation>
    </message>
    <message>
        <source>Query the table&apos;s partitions in another order. A local index shares the table&apos;s partition key and needs the table to have a sort key. Local indexes are defined when the table is created and cannot change afterwards.</source>
        <translation>Interroger les partitions de la table dans un autre ordre. Un index local partage la clé de partition de la table et exige que la table ait une clé de tri. Les index locaux sont définis à la création de la table et ne peuvent plus changer ensuite.</translation>
    </message>
    <message>
        <source>No global secondary indexes.</source>
        <translation>Aucun index secondaire global.</translation>
    </message>
    <message>
        <source>No local secondary indexes.</source>
        <translation>Aucun index secondaire local.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ItemBrowser</name>
    <message>
        <source>Hide expired</source>
        <translation>Masquer les éléments expirés</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Analyse&#xa0;:</translation>
    </message>
    <message>
        <source>Items whose TTL has passed stay readable until DynamoDB deletes them; they are shown struck out.</source>
        <translation>Les éléments dont le TTL est dépassé restent lisibles jusqu&apos;à ce que DynamoDB les supprime&#xa0;; ils apparaissent barrés.</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the loaded items.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans les éléments chargés.</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Delete Items…</source>
        <translation>Supprimer des éléments…</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <source>Copy as Plain JSON</source>
        <translation>Copier en JSON simple</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Index %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded</source>
        <translation>
            <numerusform>%n élément chargé</numerusform>
            <numerusform>%n éléments chargés</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 scanned</source>
        <translation> · %1 analysés</translation>
    </message>
    <message>
        <source> · %1 RCU</source>
        <translation> · %1 RCU</translation>
    </message>
    <message>
        <source> · complete</source>
        <translation> · complet</translation>
    </message>
    <message>
        <source> · more when you scroll</source>
        <translation> · la suite en faisant défiler</translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation>Supprimer des éléments</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from %1? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n élément de %1&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n éléments de %1&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting items…</source>
        <translation>Suppression des éléments…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 items.</source>
        <translation>%1 éléments supprimés sur %2.</translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation>Première erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit Item…</source>
        <translation>Modifier l&apos;élément…</translation>
    </message>
    <message>
        <source>Duplicate Item…</source>
        <translation>Dupliquer l&apos;élément…</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
    <message>
        <source>%1 of an item in %2</source>
        <translation>%1 d&apos;un élément de %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>This item cannot be opened: the projection left out its table key.</source>
        <translation>Impossible d&apos;ouvrir cet élément&#xa0;: la projection ne contient pas sa clé de table.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ItemDiffDialog</name>
    <message>
        <source>Save Changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save these changes?</source>
        <translation>Enregistrer ces modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
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
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ItemEditorConflictDialog</name>
    <message>
        <source>Item Changed</source>
        <translation>Élément modifié</translation>
    </message>
    <message>
        <source>The item changed since you opened it</source>
        <translation>L&apos;élément a changé depuis que vous l&apos;avez ouvert</translation>
    </message>
    <message>
        <source>The item was deleted since you opened it</source>
        <translation>L&apos;élément a été supprimé depuis que vous l&apos;avez ouvert</translation>
    </message>
    <message>
        <source>On the left, the item as stored now; on the right, your edit. Below, what saving your edit would change in the stored item.</source>
        <translation>À gauche, l&apos;élément tel qu&apos;il est enregistré maintenant&#xa0;; à droite, votre modification. En dessous, ce que l&apos;enregistrement de votre modification changerait dans l&apos;élément enregistré.</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Enregistré maintenant</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>L&apos;élément n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Votre modification</translation>
    </message>
    <message>
        <source>Saving your edit would change</source>
        <translation>Enregistrer votre modification changerait</translation>
    </message>
    <message>
        <source>Overwrite with My Edit</source>
        <translation>Écraser avec ma modification</translation>
    </message>
    <message>
        <source>Use Stored Item</source>
        <translation>Utiliser l&apos;élément enregistré</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Drop your edit and edit the item as stored now</source>
        <translation>Abandonner votre modification et modifier l&apos;élément tel qu&apos;il est enregistré maintenant</translation>
    </message>
    <message>
        <source>Go on editing; saving then checks against the item as stored now</source>
        <translation>Continuer la modification&#xa0;; l&apos;enregistrement vérifiera alors par rapport à l&apos;élément tel qu&apos;il est enregistré maintenant</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ItemEditorDialog</name>
    <message>
        <source>plain JSON</source>
        <translation>JSON simple</translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation>JSON DynamoDB</translation>
    </message>
    <message>
        <source>Item Editor</source>
        <translation>Éditeur d&apos;élément</translation>
    </message>
    <message>
        <source>Plain JSON</source>
        <translation>JSON simple</translation>
    </message>
    <message>
        <source>Every value with its type, as DynamoDB&apos;s API writes it: {&quot;S&quot;: &quot;text&quot;}</source>
        <translation>Chaque valeur avec son type, comme l&apos;écrit l&apos;API de DynamoDB&#xa0;: {&quot;S&quot;: &quot;text&quot;}</translation>
    </message>
    <message>
        <source>Ordinary JSON; numbers keep every digit. What JSON cannot say is marked:
{&quot;$SS&quot;: [...]}, {&quot;$NS&quot;: [&quot;1&quot;]}, {&quot;$BS&quot;: [base64]} sets, {&quot;$B&quot;: base64} binary,
{&quot;$N&quot;: &quot;+.5&quot;} unusual number text, {&quot;$M&quot;: {...}} a map whose only key starts with $</source>
        <translation>JSON ordinaire&#xa0;; les nombres gardent tous leurs chiffres. Ce que JSON ne sait pas exprimer est marqué&#xa0;:
{&quot;$SS&quot;: [...]}, {&quot;$NS&quot;: [&quot;1&quot;]}, {&quot;$BS&quot;: [base64]} ensembles, {&quot;$B&quot;: base64} binaire,
{&quot;$N&quot;: &quot;+.5&quot;} écriture de nombre inhabituelle, {&quot;$M&quot;: {...}} une map dont la seule clé commence par $</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Mettre en forme</translation>
    </message>
    <message>
        <source>Indent the JSON (Ctrl+Shift+F)</source>
        <translation>Indenter le JSON (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the item (Ctrl+S)</source>
        <translation>Enregistrer l&apos;élément (Ctrl+S)</translation>
    </message>
    <message>
        <source>The item&apos;s key is not a JSON object.</source>
        <translation>La clé de l&apos;élément n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Reading the item…</source>
        <translation>Lecture de l&apos;élément…</translation>
    </message>
    <message>
        <source>Could not read the item: %1: %2</source>
        <translation>Impossible de lire l&apos;élément&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This item no longer exists. Saving creates it again.</source>
        <translation>Cet élément n&apos;existe plus. L&apos;enregistrer le recrée.</translation>
    </message>
    <message>
        <source>Fix the problem below to switch to %1: %2</source>
        <translation>Corrigez le problème ci-dessous pour passer en %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>New item in %1</source>
        <translation>Nouvel élément dans %1</translation>
    </message>
    <message>
        <source>Edit item in %1</source>
        <translation>Modifier un élément de %1</translation>
    </message>
    <message>
        <source>New Item — %1</source>
        <translation>Nouvel élément — %1</translation>
    </message>
    <message>
        <source>Edit Item — %1</source>
        <translation>Modifier l&apos;élément — %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stored item: %1</source>
        <translation>Élément enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid %1</source>
        <translation>%1 valide</translation>
    </message>
    <message>
        <source>Go to the problem</source>
        <translation>Aller au problème</translation>
    </message>
    <message>
        <source>The item cannot be saved yet: %1</source>
        <translation>L&apos;élément ne peut pas encore être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to save: the item is as stored.</source>
        <translation>Rien à enregistrer&#xa0;: l&apos;élément est tel qu&apos;enregistré.</translation>
    </message>
    <message>
        <source>Key Changed</source>
        <translation>Clé modifiée</translation>
    </message>
    <message>
        <source>You changed the item&apos;s key.</source>
        <translation>Vous avez modifié la clé de l&apos;élément.</translation>
    </message>
    <message>
        <source>Saving creates a new item (%1). The item you opened (%2) stays as it is.</source>
        <translation>L&apos;enregistrement crée un nouvel élément (%1). L&apos;élément que vous avez ouvert (%2) reste tel quel.</translation>
    </message>
    <message>
        <source>Save as New Item</source>
        <translation>Enregistrer comme nouvel élément</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>DynamoDB refused the item: %1: %2</source>
        <translation>DynamoDB a refusé l&apos;élément&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Item Changed</source>
        <translation>Élément modifié</translation>
    </message>
    <message>
        <source>An item with this key already exists.</source>
        <translation>Un élément avec cette clé existe déjà.</translation>
    </message>
    <message>
        <source>The item changed since you opened it.</source>
        <translation>L&apos;élément a changé depuis que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>Someone else created it after you started. Compare it with your edit, or overwrite it with your edit.</source>
        <translation>Quelqu&apos;un d&apos;autre l&apos;a créé après que vous avez commencé. Comparez-le avec votre modification, ou écrasez-le avec celle-ci.</translation>
    </message>
    <message>
        <source>Someone else changed or deleted it after you opened it. Nothing was saved. Reload it to compare with your edit, or overwrite their change.</source>
        <translation>Quelqu&apos;un d&apos;autre l&apos;a modifié ou supprimé après que vous l&apos;avez ouvert. Rien n&apos;a été enregistré. Rechargez-le pour le comparer avec votre modification, ou écrasez son changement.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Reload and Compare…</source>
        <translation>Recharger et comparer…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Reading the stored item…</source>
        <translation>Lecture de l&apos;élément enregistré…</translation>
    </message>
    <message>
        <source>Could not read the stored item: %1: %2</source>
        <translation>Impossible de lire l&apos;élément enregistré&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saving now checks your edit against the item as stored now.</source>
        <translation>L&apos;enregistrement vérifie désormais votre modification par rapport à l&apos;élément tel qu&apos;il est enregistré maintenant.</translation>
    </message>
    <message>
        <source>Your edit was dropped: this is the item as stored now.</source>
        <translation>Votre modification a été abandonnée&#xa0;: voici l&apos;élément tel qu&apos;il est enregistré maintenant.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save this new item before closing?</source>
        <translation>Enregistrer ce nouvel élément avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Save your changes to this item before closing?</source>
        <translation>Enregistrer vos modifications de cet élément avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Si vous n&apos;enregistrez pas, vos modifications seront perdues.</translation>
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
        <translation>Expiré&#xa0;: son %1 est passé&#xa0;; DynamoDB le supprimera bientôt.
</translation>
    </message>
    <message>
        <source>%1: partition key</source>
        <translation>%1&#xa0;: clé de partition</translation>
    </message>
    <message>
        <source>%1: sort key</source>
        <translation>%1&#xa0;: clé de tri</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not base64.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas du base64.</translation>
    </message>
    <message>
        <source>The item changed since it was loaded; it was not overwritten. Refresh to see its current value.</source>
        <translation>L&apos;élément a changé depuis son chargement&#xa0;; il n&apos;a pas été écrasé. Actualisez pour voir sa valeur actuelle.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::KeyAttributeEditor</name>
    <message>
        <source>String</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binaire</translation>
    </message>
    <message>
        <source>The attribute&apos;s type: key attributes are strings, numbers or binary.</source>
        <translation>Le type de l&apos;attribut&#xa0;: les attributs de clé sont des chaînes, des nombres ou des binaires.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::KeyConditionEditor</name>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message>
        <source>The sort-key condition; &quot;any&quot; reads the whole partition</source>
        <translation>La condition sur la clé de tri&#xa0;; «&#xa0;quelconque&#xa0;» lit toute la partition</translation>
    </message>
    <message>
        <source>A Query reads the items of one partition: its key value is required</source>
        <translation>Une requête lit les éléments d&apos;une partition&#xa0;: sa valeur de clé est obligatoire</translation>
    </message>
    <message>
        <source>partition key</source>
        <translation>clé de partition</translation>
    </message>
    <message>
        <source>sort key</source>
        <translation>clé de tri</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language takes effect when Dynoscope starts again.</source>
        <translation>La nouvelle langue prend effet au prochain démarrage de Dynoscope.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::LoadPanel</name>
    <message>
        <source> % reads</source>
        <translation> % de lectures</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req./s</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <source>Zipf (skewed)</source>
        <translation>Zipf (asymétrique)</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Séquentielle</translation>
    </message>
    <message>
        <source>Single hot key</source>
        <translation>Une seule clé chaude</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Mix:</source>
        <translation>Répartition&#xa0;:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Débit&#xa0;:</translation>
    </message>
    <message>
        <source>Item size:</source>
        <translation>Taille des éléments&#xa0;:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Clés&#xa0;:</translation>
    </message>
    <message>
        <source>Distinct keys:</source>
        <translation>Clés distinctes&#xa0;:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>%1 sent (%2 reads, %3 writes), %4 ok, &lt;b&gt;%5 throttled&lt;/b&gt;, %6 failed; latency %7 ms</source>
        <translation>%1 envoyées (%2 lectures, %3 écritures), %4 ok, &lt;b&gt;%5 limitées&lt;/b&gt;, %6 en échec&#xa0;; latence %7 ms</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>New &amp;Scratch Database</source>
        <translation>Nouvelle base &amp;temporaire</translation>
    </message>
    <message>
        <source>&amp;Connect to Endpoint…</source>
        <translation>Se &amp;connecter à un point de terminaison…</translation>
    </message>
    <message>
        <source>Ser&amp;ve This Database…</source>
        <translation>&amp;Servir cette base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>&amp;New Table…</source>
        <translation>&amp;Nouvelle table…</translation>
    </message>
    <message>
        <source>&amp;Change Table…</source>
        <translation>&amp;Modifier la table…</translation>
    </message>
    <message>
        <source>Table &amp;Details</source>
        <translation>&amp;Détails de la table</translation>
    </message>
    <message>
        <source>Partition &amp;Heatmap…</source>
        <translation>&amp;Carte thermique des partitions…</translation>
    </message>
    <message>
        <source>&amp;Export Items…</source>
        <translation>&amp;Exporter des éléments…</translation>
    </message>
    <message>
        <source>&amp;Import Items…</source>
        <translation>&amp;Importer des éléments…</translation>
    </message>
    <message>
        <source>C&amp;opy Table…</source>
        <translation>C&amp;opier la table…</translation>
    </message>
    <message>
        <source>&amp;Stream Viewer</source>
        <translation>&amp;Visionneuse de flux</translation>
    </message>
    <message>
        <source>%1 — Stream</source>
        <translation>%1 — Flux</translation>
    </message>
    <message>
        <source>&amp;Purge Items…</source>
        <translation>&amp;Purger les éléments…</translation>
    </message>
    <message>
        <source>&amp;Delete Table…</source>
        <translation>&amp;Supprimer la table…</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Élément</translation>
    </message>
    <message>
        <source>&amp;New Item…</source>
        <translation>&amp;Nouvel élément…</translation>
    </message>
    <message>
        <source>&amp;Edit Item…</source>
        <translation>&amp;Modifier l&apos;élément…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Delete Items…</source>
        <translation>&amp;Supprimer des éléments…</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>&amp;Copier en JSON</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Opened read-only: %1. The file is not writable or another process locks it; changes to it will be refused.</source>
        <translation>Ouvert en lecture seule&#xa0;: %1. Le fichier n&apos;est pas accessible en écriture ou un autre processus le verrouille&#xa0;; les modifications seront refusées.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Impossible de remplacer %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>in-memory scratch database</source>
        <translation>base de données temporaire en mémoire</translation>
    </message>
    <message>
        <source>Only an embedded database can be served: select one in the sidebar.</source>
        <translation>Seule une base de données intégrée peut être servie&#xa0;: sélectionnez-en une dans la barre latérale.</translation>
    </message>
    <message>
        <source>Serve This Database</source>
        <translation>Servir cette base de données</translation>
    </message>
    <message>
        <source>Serve the selected database as a DynamoDB endpoint on 127.0.0.1, port:</source>
        <translation>Servir la base de données sélectionnée comme point de terminaison DynamoDB sur 127.0.0.1, port&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot serve the database: %1</source>
        <translation>Impossible de servir la base de données&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Serving %1 · %n request(s)</source>
        <translation>
            <numerusform>Service de %1 · %n requête</numerusform>
            <numerusform>Service de %1 · %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>New &amp;PartiQL Editor</source>
        <translation>Nouvel éditeur &amp;PartiQL</translation>
    </message>
    <message>
        <source>PartiQL</source>
        <translation>PartiQL</translation>
    </message>
    <message>
        <source>PartiQL on %1</source>
        <translation>PartiQL sur %1</translation>
    </message>
    <message>
        <source>Query &amp;Builder</source>
        <translation>&amp;Générateur de requêtes</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::PartiqlLexer</name>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Quoted identifier</source>
        <translation>Identifiant entre guillemets</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Block comment</source>
        <translation>Commentaire de bloc</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::PartiqlPage</name>
    <message>
        <source>Parameters must be a JSON list of DynamoDB values, one for each ?, e.g. [{&quot;S&quot;: &quot;Ada&quot;}, {&quot;N&quot;: &quot;3&quot;}].</source>
        <translation>Les paramètres doivent être une liste JSON de valeurs DynamoDB, une pour chaque ?, p. ex. [{&quot;S&quot;: &quot;Ada&quot;}, {&quot;N&quot;: &quot;3&quot;}].</translation>
    </message>
    <message>
        <source>Parameters: %1 at character %2. %3</source>
        <translation>Paramètres&#xa0;: %1 au caractère %2. %3</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Run the statement (Ctrl+Enter)</source>
        <translation>Exécuter l&apos;instruction (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Values for the statement&apos;s ? placeholders, as a JSON list of DynamoDB values</source>
        <translation>Valeurs des espaces réservés&#xa0;? de l&apos;instruction, sous forme de liste JSON de valeurs DynamoDB</translation>
    </message>
    <message>
        <source>Write a statement and run it with Ctrl+Enter. Ctrl+Space completes table and attribute names.</source>
        <translation>Écrivez une instruction et exécutez-la avec Ctrl+Entrée. Ctrl+Espace complète les noms de table et d&apos;attribut.</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>Write a statement to run.</source>
        <translation>Écrivez une instruction à exécuter.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Arrêté. %1</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Chargement de la suite…</translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n page(s).</source>
        <translation>
            <numerusform>Échec après %n page.</numerusform>
            <numerusform>Échec après %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement failed.</source>
        <translation>L&apos;instruction a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 capacity units consumed</source>
        <translation>%1 unités de capacité consommées</translation>
    </message>
    <message>
        <source>more available</source>
        <translation>suite disponible</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Limit: </source>
        <translation>Limite&#xa0;: </translation>
    </message>
    <message>
        <source>ExecuteStatement&apos;s Limit: how many items each page evaluates before it returns (with a NextToken for the rest)</source>
        <translation>Limit d&apos;ExecuteStatement&#xa0;: le nombre d&apos;éléments que chaque page évalue avant de revenir (avec un NextToken pour la suite)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::PartiqlResultModel</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ProjectionPicker</name>
    <message>
        <source>All attributes</source>
        <translation>Tous les attributs</translation>
    </message>
    <message>
        <source>Attribute paths to return, separated by commas, e.g. name, address.city, tags[0]</source>
        <translation>Chemins d&apos;attribut à renvoyer, séparés par des virgules, p. ex. name, address.city, tags[0]</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>No attributes seen yet</source>
        <translation>Aucun attribut rencontré pour l&apos;instant</translation>
    </message>
    <message>
        <source>All Attributes</source>
        <translation>Tous les attributs</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::QueryBuilder</name>
    <message>
        <source>Key condition</source>
        <translation>Condition de clé</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Limit: the items DynamoDB reads per request (before the filter); by default a page holds up to 1 MB</source>
        <translation>Limit&#xa0;: les éléments que DynamoDB lit par requête (avant le filtre)&#xa0;; par défaut, une page contient jusqu&apos;à 1 Mo</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Stop after this many items in all (read client-side)</source>
        <translation>S&apos;arrêter après ce nombre d&apos;éléments au total (lu côté client)</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Décroissant</translation>
    </message>
    <message>
        <source>Consistent read</source>
        <translation>Lecture cohérente</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segments&#xa0;:</translation>
    </message>
    <message>
        <source>TotalSegments: split the Scan into this many parallel segments</source>
        <translation>TotalSegments&#xa0;: découper l&apos;analyse en autant de segments parallèles</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment&#xa0;:</translation>
    </message>
    <message>
        <source>All, in turn</source>
        <translation>Tous, l&apos;un après l&apos;autre</translation>
    </message>
    <message>
        <source>Read one segment, or every segment one after another</source>
        <translation>Lire un segment, ou chaque segment l&apos;un après l&apos;autre</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Query reads one partition by its key; Scan reads every item</source>
        <translation>Une requête lit une partition par sa clé&#xa0;; une analyse lit chaque élément</translation>
    </message>
    <message>
        <source>ScanIndexForward = false: newest (highest sort key) first</source>
        <translation>ScanIndexForward = false&#xa0;: les plus récents (clé de tri la plus haute) d&apos;abord</translation>
    </message>
    <message>
        <source>ConsistentRead: read the latest writes, at twice the read capacity</source>
        <translation>ConsistentRead&#xa0;: lire les dernières écritures, pour le double de capacité de lecture</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>Discard This Filter and Use Rows</source>
        <translation>Abandonner ce filtre et utiliser des lignes</translation>
    </message>
    <message>
        <source>Clears the text filter and starts an empty filter of rows</source>
        <translation>Efface le filtre texte et commence un filtre de lignes vide</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Applied after the items are read: filtered-out items still consume read capacity</source>
        <translation>Appliqué après la lecture des éléments&#xa0;: les éléments filtrés consomment quand même de la capacité de lecture</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Taille de page&#xa0;:</translation>
    </message>
    <message>
        <source>Max items:</source>
        <translation>Éléments max.&#xa0;:</translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation>Projection&#xa0;:</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>Global index %1</source>
        <translation>Index global %1</translation>
    </message>
    <message>
        <source>Local index %1</source>
        <translation>Index local %1</translation>
    </message>
    <message>
        <source>Global secondary indexes support eventually consistent reads only</source>
        <translation>Les index secondaires globaux ne prennent en charge que les lectures à cohérence éventuelle</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>This filter cannot be shown as rows: %1. Edit it in the Expressions tab.</source>
        <translation>Ce filtre ne peut pas être affiché sous forme de lignes&#xa0;: %1. Modifiez-le dans l&apos;onglet Expressions.</translation>
    </message>
    <message>
        <source>it was written as an expression</source>
        <translation>il a été écrit sous forme d&apos;expression</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::QueryPanel</name>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Builder</source>
        <translation>Générateur</translation>
    </message>
    <message>
        <source>Expressions</source>
        <translation>Expressions</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Run the request and show its items below (Ctrl+Enter)</source>
        <translation>Exécuter la requête et afficher ses éléments ci-dessous (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save this request as a named access pattern of the table</source>
        <translation>Enregistrer cette requête comme modèle d&apos;accès nommé de la table</translation>
    </message>
    <message>
        <source>Sent once per segment, with &quot;Segment&quot;: 0 to %1, each followed to its last page.</source>
        <translation>Envoyée une fois par segment, avec &quot;Segment&quot;: 0 à %1, chacune suivie jusqu&apos;à sa dernière page.</translation>
    </message>
    <message>
        <source>Dynoscope stops after %1 items; DynamoDB does not receive that limit.</source>
        <translation>Dynoscope s&apos;arrête après %1 éléments&#xa0;; DynamoDB ne reçoit pas cette limite.</translation>
    </message>
    <message>
        <source>The exact request Run sends, each page with the previous page&apos;s LastEvaluatedKey as ExclusiveStartKey.</source>
        <translation>La requête exacte qu&apos;envoie Exécuter, chaque page avec le LastEvaluatedKey de la page précédente comme ExclusiveStartKey.</translation>
    </message>
    <message>
        <source>an expression has an error</source>
        <translation>une expression contient une erreur</translation>
    </message>
    <message>
        <source>the key condition cannot be shown in the builder: %1</source>
        <translation>la condition de clé ne peut pas être affichée dans le générateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the projection cannot be shown in the builder: %1</source>
        <translation>la projection ne peut pas être affichée dans le générateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Expressions tab is not in the builder: %1. The builder and the request keep their last version until it is fixed, or &lt;a href=&quot;revert&quot;&gt;use the builder&apos;s version&lt;/a&gt;.</source>
        <translation>L&apos;onglet Expressions ne tient pas dans le générateur&#xa0;: %1. Le générateur et la requête gardent leur dernière version jusqu&apos;à correction, ou &lt;a href=&quot;revert&quot;&gt;utilisez la version du générateur&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Fix the Expressions tab, or use the builder&apos;s version, before running.</source>
        <translation>Corrigez l&apos;onglet Expressions, ou utilisez la version du générateur, avant d&apos;exécuter.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::QueryResultBar</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Back to All Items</source>
        <translation>Retour à tous les éléments</translation>
    </message>
    <message>
        <source>A filter is applied after the items are read, and every item read consumes capacity. A key condition, or an index keyed on what you filter, reads only what it returns.</source>
        <translation>Un filtre s&apos;applique après la lecture des éléments, et chaque élément lu consomme de la capacité. Une condition de clé, ou un index dont la clé est ce que vous filtrez, ne lit que ce qu&apos;il renvoie.</translation>
    </message>
    <message>
        <source>Stop reading pages; the items read so far stay</source>
        <translation>Arrêter la lecture des pages&#xa0;; les éléments déjà lus restent</translation>
    </message>
    <message>
        <source>Leave the query result and browse the table again</source>
        <translation>Quitter le résultat de la requête et parcourir de nouveau la table</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>more when you scroll</source>
        <translation>la suite en faisant défiler</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 result&lt;/b&gt;</source>
        <translation>&lt;b&gt;Résultat&#xa0;: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 result&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Résultat&#xa0;: %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>DynamoDB Local ou dynoscope-server (%1)</translation>
    </message>
    <message>
        <source>LocalStack (%1)</source>
        <translation>LocalStack (%1)</translation>
    </message>
    <message>
        <source>Other endpoint</source>
        <translation>Autre point de terminaison</translation>
    </message>
    <message>
        <source>The region&apos;s AWS endpoint, unless the environment or profile names one</source>
        <translation>Le point de terminaison AWS de la région, sauf si l&apos;environnement ou le profil en désigne un</translation>
    </message>
    <message>
        <source>e.g. eu-west-1</source>
        <translation>p. ex. eu-west-1</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>Profil AWS</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Access keys typed here</source>
        <translation>Clés d&apos;accès saisies ici</translation>
    </message>
    <message>
        <source>Placeholder keys, for local emulators</source>
        <translation>Clés factices, pour les émulateurs locaux</translation>
    </message>
    <message>
        <source>No profiles in ~/.aws/config or ~/.aws/credentials</source>
        <translation>Aucun profil dans ~/.aws/config ni ~/.aws/credentials</translation>
    </message>
    <message>
        <source>Only for temporary keys</source>
        <translation>Uniquement pour les clés temporaires</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation>&amp;URL du point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Identifiants&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>ID de clé d&apos;&amp;accès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>Clé d&apos;accès &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>&amp;Jeton de session&#xa0;:</translation>
    </message>
    <message>
        <source>The endpoint URL must start with http:// or https:// and name a host.</source>
        <translation>L&apos;URL du point de terminaison doit commencer par http:// ou https:// et nommer un hôte.</translation>
    </message>
    <message>
        <source>Enter a region, e.g. us-east-1.</source>
        <translation>Saisissez une région, p. ex. us-east-1.</translation>
    </message>
    <message>
        <source>“%1” is not a region name: lowercase letters, digits and dashes.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de région&#xa0;: lettres minuscules, chiffres et tirets.</translation>
    </message>
    <message>
        <source>There are no AWS profiles in %1 or %2.</source>
        <translation>Il n&apos;y a aucun profil AWS dans %1 ni dans %2.</translation>
    </message>
    <message>
        <source>Choose a profile.</source>
        <translation>Choisissez un profil.</translation>
    </message>
    <message>
        <source>Enter the access key ID and the secret access key.</source>
        <translation>Saisissez l&apos;ID de clé d&apos;accès et la clé d&apos;accès secrète.</translation>
    </message>
    <message>
        <source>Keys, region and endpoint from %1 and %2.</source>
        <translation>Clés, région et point de terminaison issus de %1 et %2.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, else profile “%1” (AWS_PROFILE).</source>
        <translation>AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, sinon le profil «&#xa0;%1&#xa0;» (AWS_PROFILE).</translation>
    </message>
    <message>
        <source>Kept until Dynoscope closes, never saved.</source>
        <translation>Conservées jusqu&apos;à la fermeture de Dynoscope, jamais enregistrées.</translation>
    </message>
    <message>
        <source>Fixed dummy keys: DynamoDB Local, LocalStack and other emulators accept any.</source>
        <translation>Clés factices fixes&#xa0;: DynamoDB Local, LocalStack et les autres émulateurs acceptent n&apos;importe lesquelles.</translation>
    </message>
    <message>
        <source>key %1 from %2</source>
        <translation>clé %1 issue de %2</translation>
    </message>
    <message>
        <source>Connects to %1 (%2), signing with %3 for %4.</source>
        <translation>Se connecte à %1 (%2), en signant avec %3 pour %4.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::RequestLogDock</name>
    <message>
        <source>Request Log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>(received by the endpoint; bodies are not kept)</source>
        <translation>(reçue par le point de terminaison&#xa0;; les corps ne sont pas conservés)</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::RequestLogModel</name>
    <message>
        <source>App</source>
        <translation>Appli</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::SavedQueriesPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Ran at</source>
        <translation>Exécutée à</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrées</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Check Access Patterns…</source>
        <translation>&amp;Vérifier les modèles d&apos;accès…</translation>
    </message>
    <message>
        <source>Run every saved query of this table and compare the items each returns with the items it reads and the capacity it consumes</source>
        <translation>Exécuter chaque requête enregistrée de cette table et comparer les éléments que chacune renvoie aux éléments qu&apos;elle lit et à la capacité qu&apos;elle consomme</translation>
    </message>
    <message>
        <source>Save Query</source>
        <translation>Enregistrer la requête</translation>
    </message>
    <message>
        <source>Name of this access pattern on %1:</source>
        <translation>Nom de ce modèle d&apos;accès sur %1&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>A saved query needs a name.</source>
        <translation>Une requête enregistrée doit avoir un nom.</translation>
    </message>
    <message>
        <source>Replace Saved Query</source>
        <translation>Remplacer la requête enregistrée</translation>
    </message>
    <message>
        <source>A query named &quot;%1&quot; is already saved for %2. Replace it?</source>
        <translation>Une requête nommée «&#xa0;%1&#xa0;» est déjà enregistrée pour %2. La remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Rename Saved Query</source>
        <translation>Renommer la requête enregistrée</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete Saved Query</source>
        <translation>Supprimer la requête enregistrée</translation>
    </message>
    <message>
        <source>Delete the saved query &quot;%1&quot; of %2?</source>
        <translation>Supprimer la requête enregistrée «&#xa0;%1&#xa0;» de %2&#xa0;?</translation>
    </message>
    <message>
        <source>Saved (%1)</source>
        <translation>Enregistrées (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::SavedQueryStore</name>
    <message>
        <source>Saved queries and history are stored in the database, with the table.</source>
        <translation>Les requêtes enregistrées et l&apos;historique sont stockés dans la base de données, avec la table.</translation>
    </message>
    <message>
        <source>This endpoint cannot store queries: they are stored in this computer&apos;s settings, for %1.</source>
        <translation>Ce point de terminaison ne peut pas stocker de requêtes&#xa0;: elles sont stockées dans les paramètres de cet ordinateur, pour %1.</translation>
    </message>
    <message>
        <source>A saved query needs a name.</source>
        <translation>Une requête enregistrée doit avoir un nom.</translation>
    </message>
    <message>
        <source>A saved query named &quot;%1&quot; already exists.</source>
        <translation>Une requête enregistrée nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>There is no saved query named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de requête enregistrée nommée «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::SecondaryIndexEditor</name>
    <message>
        <source>attribute name</source>
        <translation>nom d&apos;attribut</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attributs&#xa0;:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacité&#xa0;:</translation>
    </message>
    <message>
        <source> reads/s</source>
        <translation> lectures/s</translation>
    </message>
    <message>
        <source> writes/s</source>
        <translation> écritures/s</translation>
    </message>
    <message>
        <source>3 to 255 characters: letters, digits, _ - .</source>
        <translation>3 à 255 caractères&#xa0;: lettres, chiffres, _ - .</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this global secondary index</source>
        <translation>Retirer cet index secondaire global</translation>
    </message>
    <message>
        <source>Remove this local secondary index</source>
        <translation>Retirer cet index secondaire local</translation>
    </message>
    <message>
        <source>All attributes</source>
        <translation>Tous les attributs</translation>
    </message>
    <message>
        <source>Keys only</source>
        <translation>Clés uniquement</translation>
    </message>
    <message>
        <source>Keys and these attributes</source>
        <translation>Clés et ces attributs</translation>
    </message>
    <message>
        <source>comma-separated, e.g. email, status</source>
        <translation>séparés par des virgules, p. ex. email, status</translation>
    </message>
    <message>
        <source>Index name:</source>
        <translation>Nom de l&apos;index&#xa0;:</translation>
    </message>
    <message>
        <source>Partition key:</source>
        <translation>Clé de partition&#xa0;:</translation>
    </message>
    <message>
        <source>Sort key:</source>
        <translation>Clé de tri&#xa0;:</translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation>Projection&#xa0;:</translation>
    </message>
    <message>
        <source>A local secondary index always shares the table&apos;s partition key.</source>
        <translation>Un index secondaire local partage toujours la clé de partition de la table.</translation>
    </message>
    <message>
        <source>existing index</source>
        <translation>index existant</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::ServeController</name>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
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
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Ancienne image</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>Nouvelle image</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>Aucun enregistrement sélectionné</translation>
    </message>
    <message>
        <source>%1 %2 at %3, sequence number %4</source>
        <translation>%1 %2 à %3, numéro de séquence %4</translation>
    </message>
    <message>
        <source>The stream&apos;s view type, %1, does not record what this write changed.</source>
        <translation>Le type de vue du flux, %1, n&apos;enregistre pas ce que cette écriture a modifié.</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::StreamRecordModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Partition de flux</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Numéro de séquence</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::StreamShardTree</name>
    <message>
        <source>Shard</source>
        <translation>Partition de flux</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Sequence numbers from %1</source>
        <translation>Numéros de séquence à partir de %1</translation>
    </message>
    <message>
        <source>Sequence numbers %1 to %2</source>
        <translation>Numéros de séquence de %1 à %2</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::StreamViewer</name>
    <message>
        <source>Oldest record</source>
        <translation>Enregistrement le plus ancien</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Follow new records as they arrive</source>
        <translation>Suivre les nouveaux enregistrements à leur arrivée</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Filter by key…</source>
        <translation>Filtrer par clé…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the listed records as JSON Lines</source>
        <translation>Enregistrer les enregistrements listés au format JSON Lines</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Flux&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>À partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Looking for the stream of %1…</source>
        <translation>Recherche du flux de %1…</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (le plus récent)</translation>
    </message>
    <message>
        <source>%1 has no stream. Enable one in Table &gt; Change Table.</source>
        <translation>%1 n&apos;a pas de flux. Activez-en un dans Table &gt; Modifier la table.</translation>
    </message>
    <message>
        <source>Export Stream Records</source>
        <translation>Exporter les enregistrements du flux</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s), </source>
        <translation>
            <numerusform>%n partition de flux, </numerusform>
            <numerusform>%n partitions de flux, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n listed</source>
        <translation>
            <numerusform>, %n listé</numerusform>
            <numerusform>, %n listés</numerusform>
        </translation>
    </message>
    <message>
        <source> · following new records</source>
        <translation> · suit les nouveaux enregistrements</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · en pause</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TableActions</name>
    <message>
        <source>Change Table</source>
        <translation>Modifier la table</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>Delete Table</source>
        <translation>Supprimer la table</translation>
    </message>
    <message>
        <source>%1 was not deleted:
%2</source>
        <translation>%1 n&apos;a pas été supprimée&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Deleted table %1.</source>
        <translation>Table %1 supprimée.</translation>
    </message>
    <message>
        <source>Deleting the items of %1…</source>
        <translation>Suppression des éléments de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Purge Items</source>
        <translation>Purger les éléments</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s) from %1.</source>
        <translation>
            <numerusform>%n élément supprimé de %1.</numerusform>
            <numerusform>%n éléments supprimés de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge of %1 cancelled after %n item(s).</source>
        <translation>
            <numerusform>Purge de %1 annulée après %n élément.</numerusform>
            <numerusform>Purge de %1 annulée après %n éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge of %1 stopped after %n item(s).</source>
        <translation>
            <numerusform>Purge de %1 arrêtée après %n élément.</numerusform>
            <numerusform>Purge de %1 arrêtée après %n éléments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TableChangeRunner</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Waiting for the table &apos;%1&apos; to become active…</source>
        <translation>Attente de l&apos;activation de la table &apos;%1&apos;…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TableDescriptionView</name>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binaire</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Keys + %1</source>
        <translation>Clés + %1</translation>
    </message>
    <message>
        <source>Keys only</source>
        <translation>Clés uniquement</translation>
    </message>
    <message>
        <source>All attributes</source>
        <translation>Tous les attributs</translation>
    </message>
    <message>
        <source>keys only</source>
        <translation>clés uniquement</translation>
    </message>
    <message>
        <source>new images</source>
        <translation>nouvelles images</translation>
    </message>
    <message>
        <source>old images</source>
        <translation>anciennes images</translation>
    </message>
    <message>
        <source>new and old images</source>
        <translation>nouvelles et anciennes images</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Change Table…</source>
        <translation>Modifier la table…</translation>
    </message>
    <message>
        <source>Delete All Items…</source>
        <translation>Supprimer tous les éléments…</translation>
    </message>
    <message>
        <source>Delete Table…</source>
        <translation>Supprimer la table…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Éléments&#xa0;:</translation>
    </message>
    <message>
        <source>DynamoDB updates the item count and size about every six hours.</source>
        <translation>DynamoDB met à jour le nombre d&apos;éléments et la taille environ toutes les six heures.</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée&#xa0;:</translation>
    </message>
    <message>
        <source>Table class:</source>
        <translation>Classe de table&#xa0;:</translation>
    </message>
    <message>
        <source>Deletion protection:</source>
        <translation>Protection contre la suppression&#xa0;:</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>Partition key:</source>
        <translation>Clé de partition&#xa0;:</translation>
    </message>
    <message>
        <source>Sort key:</source>
        <translation>Clé de tri&#xa0;:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Billing mode:</source>
        <translation>Mode de capacité&#xa0;:</translation>
    </message>
    <message>
        <source>Provisioned:</source>
        <translation>Alloué&#xa0;:</translation>
    </message>
    <message>
        <source>Stream and time to live</source>
        <translation>Flux et durée de vie (TTL)</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Flux&#xa0;:</translation>
    </message>
    <message>
        <source>Latest stream:</source>
        <translation>Dernier flux&#xa0;:</translation>
    </message>
    <message>
        <source>Time to live:</source>
        <translation>Durée de vie (TTL)&#xa0;:</translation>
    </message>
    <message>
        <source>Identity and tags</source>
        <translation>Identité et balises</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Balises&#xa0;:</translation>
    </message>
    <message>
        <source>Secondary indexes</source>
        <translation>Index secondaires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Clé de partition</translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation>Clé de tri</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>This table has no secondary indexes.</source>
        <translation>Cette table n&apos;a pas d&apos;index secondaire.</translation>
    </message>
    <message>
        <source>Could not describe the table: %1</source>
        <translation>Impossible de décrire la table&#xa0;: %1</translation>
    </message>
    <message>
        <source>No table</source>
        <translation>Aucune table</translation>
    </message>
    <message numerus="yes">
        <source>%1 item(s) · %2 · %3</source>
        <translation>
            <numerusform>%1 élément · %2 · %3</numerusform>
            <numerusform>%1 éléments · %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation>allouée</translation>
    </message>
    <message>
        <source>On: the table cannot be deleted</source>
        <translation>Activée&#xa0;: la table ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>On-demand (pay per request)</source>
        <translation>À la demande (paiement par requête)</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 reads/s, %2 writes/s</source>
        <translation>%1 lectures/s, %2 écritures/s</translation>
    </message>
    <message>
        <source>Enabled, %1</source>
        <translation>Activé, %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>Enabling on the attribute %1</source>
        <translation>Activation sur l&apos;attribut %1</translation>
    </message>
    <message>
        <source>Enabled on the attribute %1</source>
        <translation>Activé sur l&apos;attribut %1</translation>
    </message>
    <message>
        <source>table&apos;s</source>
        <translation>celle de la table</translation>
    </message>
    <message>
        <source>%1 R / %2 W</source>
        <translation>%1 L / %2 É</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
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
        <translation>Les enregistrements du flux contiennent les attributs de clé de l&apos;élément modifié.</translation>
    </message>
    <message>
        <source>Stream records hold the item as it is after the change.</source>
        <translation>Les enregistrements du flux contiennent l&apos;élément tel qu&apos;il est après la modification.</translation>
    </message>
    <message>
        <source>Stream records hold the item as it was before the change.</source>
        <translation>Les enregistrements du flux contiennent l&apos;élément tel qu&apos;il était avant la modification.</translation>
    </message>
    <message>
        <source>Stream records hold the item as it was before and as it is after the change.</source>
        <translation>Les enregistrements du flux contiennent l&apos;élément tel qu&apos;il était avant et tel qu&apos;il est après la modification.</translation>
    </message>
    <message>
        <source>Create Table</source>
        <translation>Créer la table</translation>
    </message>
    <message>
        <source>Change Table %1</source>
        <translation>Modifier la table %1</translation>
    </message>
    <message>
        <source>Apply Changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Stream and TTL</source>
        <translation>Flux et TTL</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Requests to send</source>
        <translation>Requêtes à envoyer</translation>
    </message>
    <message>
        <source>e.g. Orders</source>
        <translation>p. ex. Orders</translation>
    </message>
    <message>
        <source>3 to 255 characters: letters, digits, _ - .</source>
        <translation>3 à 255 caractères&#xa0;: lettres, chiffres, _ - .</translation>
    </message>
    <message>
        <source>Table name:</source>
        <translation>Nom de la table&#xa0;:</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>e.g. customerId</source>
        <translation>p. ex. customerId</translation>
    </message>
    <message>
        <source>optional, e.g. orderDate</source>
        <translation>facultative, p. ex. orderDate</translation>
    </message>
    <message>
        <source>Partition key:</source>
        <translation>Clé de partition&#xa0;:</translation>
    </message>
    <message>
        <source>Sort key:</source>
        <translation>Clé de tri&#xa0;:</translation>
    </message>
    <message>
        <source>Items with the same partition key are stored together, ordered by the sort key. The primary key cannot change once the table exists.</source>
        <translation>Les éléments de même clé de partition sont stockés ensemble, triés par la clé de tri. La clé primaire ne peut plus changer une fois la table créée.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Pay per request; nothing to plan. Suits new or spiky workloads.</source>
        <translation>Paiement par requête&#xa0;; rien à prévoir. Convient aux charges nouvelles ou irrégulières.</translation>
    </message>
    <message>
        <source> reads/s</source>
        <translation> lectures/s</translation>
    </message>
    <message>
        <source> writes/s</source>
        <translation> écritures/s</translation>
    </message>
    <message>
        <source>Reserve read and write capacity units per second; cheaper for steady traffic.</source>
        <translation>Réserver des unités de capacité de lecture et d&apos;écriture par seconde&#xa0;; moins cher pour un trafic régulier.</translation>
    </message>
    <message>
        <source>Read capacity units:</source>
        <translation>Unités de capacité de lecture&#xa0;:</translation>
    </message>
    <message>
        <source>Write capacity units:</source>
        <translation>Unités de capacité d&apos;écriture&#xa0;:</translation>
    </message>
    <message>
        <source>Deletion protection</source>
        <translation>Protection contre la suppression</translation>
    </message>
    <message>
        <source>Protect the table against deletion</source>
        <translation>Protéger la table contre la suppression</translation>
    </message>
    <message>
        <source>DeleteTable fails while the protection is on.</source>
        <translation>DeleteTable échoue tant que la protection est activée.</translation>
    </message>
    <message>
        <source>DynamoDB Streams</source>
        <translation>DynamoDB Streams</translation>
    </message>
    <message>
        <source>Record every change to the table&apos;s items in a stream</source>
        <translation>Enregistrer chaque modification des éléments de la table dans un flux</translation>
    </message>
    <message>
        <source>New and old images</source>
        <translation>Nouvelles et anciennes images</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>Nouvelle image</translation>
    </message>
    <message>
        <source>Old image</source>
        <translation>Ancienne image</translation>
    </message>
    <message>
        <source>Keys only</source>
        <translation>Clés uniquement</translation>
    </message>
    <message>
        <source>View type:</source>
        <translation>Type de vue&#xa0;:</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>Durée de vie (TTL)</translation>
    </message>
    <message>
        <source>Delete items automatically once they expire</source>
        <translation>Supprimer automatiquement les éléments dès qu&apos;ils expirent</translation>
    </message>
    <message>
        <source>e.g. expiresAt</source>
        <translation>p. ex. expiresAt</translation>
    </message>
    <message>
        <source>The attribute holds the expiry time as a Number of seconds since the Unix epoch. Items without it never expire.</source>
        <translation>L&apos;attribut contient l&apos;heure d&apos;expiration sous forme de Number en secondes depuis l&apos;epoch Unix. Les éléments qui ne l&apos;ont pas n&apos;expirent jamais.</translation>
    </message>
    <message>
        <source>TTL attribute:</source>
        <translation>Attribut TTL&#xa0;:</translation>
    </message>
    <message>
        <source>The table&apos;s current TTL setting could not be read (%1); enabling TTL here sends UpdateTimeToLive.</source>
        <translation>Le paramètre TTL actuel de la table n&apos;a pas pu être lu (%1)&#xa0;; activer le TTL ici envoie UpdateTimeToLive.</translation>
    </message>
    <message>
        <source>// Draft: fix the problems in the form to send it.

</source>
        <translation>// Brouillon&#xa0;: corrigez les problèmes du formulaire pour l&apos;envoyer.

</translation>
    </message>
    <message>
        <source>// Nothing to send: the table already looks like this.
</source>
        <translation>// Rien à envoyer&#xa0;: la table est déjà ainsi.
</translation>
    </message>
    <message>
        <source>%1  ·  Problems to fix: %2</source>
        <translation>%1  ·  Problèmes à corriger&#xa0;: %2</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Ready. Requests to send: %1</source>
        <translation>Prêt. Requêtes à envoyer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TablePage</name>
    <message>
        <source>partition key</source>
        <translation>clé de partition</translation>
    </message>
    <message>
        <source>sort key</source>
        <translation>clé de tri</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Provisioned: %1 RCU, %2 WCU</source>
        <translation>Alloué&#xa0;: %1 RCU, %2 WCU</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; %3 items, %4 &amp;nbsp;·&amp;nbsp; %5%6</source>
        <translation>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; %3 éléments, %4 &amp;nbsp;·&amp;nbsp; %5%6</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; indexes: %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; index&#xa0;: %1</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Show the query builder: Query or Scan with key conditions, filters and projections, run into the grid below</source>
        <translation>Afficher le générateur de requêtes&#xa0;: Query ou Scan avec conditions de clé, filtres et projections, exécutés dans la grille ci-dessous</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TagEditor</name>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une balise</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Tags label the table for cost allocation and access control. Keys are up to 128 characters, values up to 256; the aws: prefix is reserved.</source>
        <translation>Les balises étiquettent la table pour la répartition des coûts et le contrôle d&apos;accès. Les clés font jusqu&apos;à 128 caractères, les valeurs jusqu&apos;à 256&#xa0;; le préfixe aws: est réservé.</translation>
    </message>
    <message>
        <source>The table&apos;s tags could not be read, so they cannot be changed here: %1</source>
        <translation>Les balises de la table n&apos;ont pas pu être lues&#xa0;; elles ne peuvent donc pas être modifiées ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tag %1: %2</source>
        <translation>Balise %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 tags</source>
        <translation>%1 balises sur %2</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TagTableModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TransferDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TriggerDialog</name>
    <message>
        <source>Add Trigger</source>
        <translation>Ajouter un déclencheur</translation>
    </message>
    <message>
        <source>e.g. audit log</source>
        <translation>p. ex. journal d&apos;audit</translation>
    </message>
    <message>
        <source>e.g. python3</source>
        <translation>p. ex. python3</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>e.g. handler.py --verbose</source>
        <translation>p. ex. handler.py --verbose</translation>
    </message>
    <message>
        <source>the application&apos;s</source>
        <translation>celui de l&apos;application</translation>
    </message>
    <message>
        <source>Latest (new records only)</source>
        <translation>Latest (nouveaux enregistrements seulement)</translation>
    </message>
    <message>
        <source>Trim horizon (oldest record)</source>
        <translation>Trim horizon (enregistrement le plus ancien)</translation>
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
        <translation>La commande reçoit chaque lot sur son entrée standard sous la forme de l&apos;événement de flux DynamoDB que reçoit une fonction Lambda&#xa0;: {&quot;Records&quot;: [...]}. Le code de sortie 0 signifie que le lot a été traité&#xa0;; tout autre code le fait réessayer.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>Répertoire de &amp;travail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Taille de &amp;lot&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starting position:</source>
        <translation>Position de &amp;départ&#xa0;:</translation>
    </message>
    <message>
        <source>Attempts per &amp;batch:</source>
        <translation>Tentatives par &amp;lot&#xa0;:</translation>
    </message>
    <message>
        <source>First &amp;retry after:</source>
        <translation>Première &amp;nouvelle tentative après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai maximal&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TriggerPanel</name>
    <message>
        <source>&amp;Add Trigger…</source>
        <translation>&amp;Ajouter un déclencheur…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>S&amp;kip Batch</source>
        <translation>&amp;Ignorer le lot</translation>
    </message>
    <message>
        <source>Run the command again on the batch that failed every attempt</source>
        <translation>Relancer la commande sur le lot qui a échoué à chaque tentative</translation>
    </message>
    <message>
        <source>Drop the batch that failed every attempt and go on with the next records</source>
        <translation>Abandonner le lot qui a échoué à chaque tentative et passer aux enregistrements suivants</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrés</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>The standard output and error of the selected run</source>
        <translation>La sortie standard et la sortie d&apos;erreur de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <source>This table has no stream: enable one to attach triggers.</source>
        <translation>Cette table n&apos;a pas de flux&#xa0;: activez-en un pour y attacher des déclencheurs.</translation>
    </message>
    <message>
        <source>Triggers run a local command on batches of this stream&apos;s records, as a Lambda function attached to the stream would. They run while this window is open.</source>
        <translation>Les déclencheurs exécutent une commande locale sur des lots d&apos;enregistrements de ce flux, comme le ferait une fonction Lambda attachée au flux. Ils fonctionnent tant que cette fenêtre est ouverte.</translation>
    </message>
    <message numerus="yes">
        <source> (%n skipped)</source>
        <translation>
            <numerusform> (%n ignoré)</numerusform>
            <numerusform> (%n ignorés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Sequence numbers %1 to %2</source>
        <translation>Numéros de séquence de %1 à %2</translation>
    </message>
    <message>
        <source>── standard output ──
</source>
        <translation>── sortie standard ──
</translation>
    </message>
    <message>
        <source>
── standard error ──
</source>
        <translation>
── sortie d&apos;erreur ──
</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TriggerRunner</name>
    <message>
        <source>Waiting for records</source>
        <translation>En attente d&apos;enregistrements</translation>
    </message>
    <message numerus="yes">
        <source>Running on %n record(s), attempt %1</source>
        <translation>
            <numerusform>Exécution sur %n enregistrement, tentative %1</numerusform>
            <numerusform>Exécution sur %n enregistrements, tentative %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying after attempt %1 of %2</source>
        <translation>Nouvelle tentative après la tentative %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Halted: a batch of %n record(s) failed every attempt</source>
        <translation>
            <numerusform>Arrêté&#xa0;: un lot de %n enregistrement a échoué à chaque tentative</numerusform>
            <numerusform>Arrêté&#xa0;: un lot de %n enregistrements a échoué à chaque tentative</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message numerus="yes">
        <source>Killed after %n ms</source>
        <translation>
            <numerusform>Tué après %n ms</numerusform>
            <numerusform>Tué après %n ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TypeToConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Saisissez &lt;b&gt;%1&lt;/b&gt; pour confirmer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dynoscope::ui::TypedValueEdit</name>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Enter binary data as base64.</source>
        <translation>Saisissez les données binaires en base64.</translation>
    </message>
    <message>
        <source>Enter a JSON object of typed values, e.g. {&quot;name&quot;: {&quot;S&quot;: &quot;x&quot;}}.</source>
        <translation>Saisissez un objet JSON de valeurs typées, p. ex. {&quot;name&quot;: {&quot;S&quot;: &quot;x&quot;}}.</translation>
    </message>
    <message>
        <source>Enter a JSON array, e.g. %1.</source>
        <translation>Saisissez un tableau JSON, p. ex. %1.</translation>
    </message>
    <message>
        <source>A map is a JSON object.</source>
        <translation>Une map est un objet JSON.</translation>
    </message>
    <message>
        <source>%1 is not a typed value such as {&quot;S&quot;: &quot;x&quot;}.</source>
        <translation>%1 n&apos;est pas une valeur typée comme {&quot;S&quot;: &quot;x&quot;}.</translation>
    </message>
    <message>
        <source>Enter a JSON array.</source>
        <translation>Saisissez un tableau JSON.</translation>
    </message>
    <message>
        <source>Each element of a list is a typed value such as {&quot;S&quot;: &quot;x&quot;}.</source>
        <translation>Chaque élément d&apos;une liste est une valeur typée comme {&quot;S&quot;: &quot;x&quot;}.</translation>
    </message>
    <message>
        <source>A set cannot be empty.</source>
        <translation>Un ensemble ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Set members are strings, e.g. [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>Les membres d&apos;un ensemble sont des chaînes, p. ex. [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid member of a %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un membre valide d&apos;un %2.</translation>
    </message>
    <message>
        <source>A set cannot hold &quot;%1&quot; twice.</source>
        <translation>Un ensemble ne peut pas contenir «&#xa0;%1&#xa0;» deux fois.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message>
        <source>The value&apos;s DynamoDB type</source>
        <translation>Le type DynamoDB de la valeur</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop explorer for DynamoDB tables</source>
        <translation>Explorateur de bureau pour les tables DynamoDB</translation>
    </message>
    <message>
        <source>Open database FILE.</source>
        <translation>Ouvrir la base de données FICHIER.</translation>
    </message>
    <message>
        <source>Start on an in-memory scratch database.</source>
        <translation>Démarrer sur une base de données temporaire en mémoire.</translation>
    </message>
    <message>
        <source>Start on an in-memory scratch database filled with demo tables.</source>
        <translation>Démarrer sur une base de données temporaire en mémoire remplie de tables de démonstration.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
</context>
</TS>
