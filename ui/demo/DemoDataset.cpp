// Generation of the demo tables. Values come from small word lists mixed by
// a seeded random source; money is generated in cents so that every number
// is exact text.
#include "demo/DemoDataset.h"

#include "demo/DemoRandom.h"

#include <QJsonArray>

namespace dynoscope::ui {

namespace {

QJsonObject s(const QString& text)
{
    return { { QStringLiteral("S"), text } };
}
QJsonObject n(qint64 value)
{
    return { { QStringLiteral("N"), QString::number(value) } };
}
QJsonObject n(const QString& text)
{
    return { { QStringLiteral("N"), text } };
}
QJsonObject m(const QJsonObject& map)
{
    return { { QStringLiteral("M"), map } };
}
QJsonObject boolean(bool value)
{
    return { { QStringLiteral("BOOL"), value } };
}
QJsonObject null()
{
    return { { QStringLiteral("NULL"), true } };
}
QJsonObject ss(const QStringList& strings)
{
    return { { QStringLiteral("SS"), QJsonArray::fromStringList(strings) } };
}

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}
// 1999 -> "19.99"
QString money(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}
// 215 -> "21.5"
QString tenths(qint64 value)
{
    return (value < 0 ? QStringLiteral("-") : QString())
        + QStringLiteral("%1.%2").arg(qAbs(value) / 10).arg(qAbs(value) % 10);
}

QJsonObject key(const QString& name, const QString& keyType)
{
    return { { QStringLiteral("AttributeName"), name }, { QStringLiteral("KeyType"), keyType } };
}

QJsonObject definition(const QString& name, const QString& type)
{
    return { { QStringLiteral("AttributeName"), name }, { QStringLiteral("AttributeType"), type } };
}

QJsonObject globalIndex(const QString& name, const QString& partitionKey, const QString& sortKey)
{
    return { { QStringLiteral("IndexName"), name },
        { QStringLiteral("KeySchema"),
            QJsonArray { key(partitionKey, QStringLiteral("HASH")), key(sortKey, QStringLiteral("RANGE")) } },
        { QStringLiteral("Projection"), QJsonObject { { QStringLiteral("ProjectionType"), QStringLiteral("ALL") } } } };
}

// An on-demand table with a partition and sort key, and a global index
// unless index is empty.
QJsonObject createTable(const QString& name, const QString& partitionKey, const QString& sortKey,
    const QJsonArray& definitions, const QJsonObject& index = {})
{
    QJsonObject request { { QStringLiteral("TableName"), name },
        { QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST") },
        { QStringLiteral("KeySchema"),
            QJsonArray { key(partitionKey, QStringLiteral("HASH")), key(sortKey, QStringLiteral("RANGE")) } },
        { QStringLiteral("AttributeDefinitions"), definitions } };
    if (!index.isEmpty())
        request.insert(QStringLiteral("GlobalSecondaryIndexes"), QJsonArray { index });
    return request;
}

const QStringList kFirstNames { "Alice", "Bruno", "Chloé", "Dmitri", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jonas",
    "Kavya", "Liam", "Maya", "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tariq" };
const QStringList kLastNames { "Anderson", "Bauer", "Costa", "Dubois", "Eriksson", "Fischer", "García", "Hansen",
    "Ivanova", "Jones", "Kowalski", "Larsen", "Müller", "Nakamura", "Olsen", "Patel" };
const QStringList kCities { "Berlin|DE|10115", "Lisbon|PT|1100-148", "Lyon|FR|69001", "Osaka|JP|530-0001",
    "Seattle|US|98101", "Toronto|CA|M5H 2N2", "Melbourne|AU|3000", "Madrid|ES|28013", "Oslo|NO|0150",
    "Austin|US|73301" };
const QStringList kStreets { "Maple Street", "Harbour Road", "Station Avenue", "Mill Lane", "Park Boulevard",
    "Church Street", "Garden Way", "River Walk" };
const QStringList kAdjectives { "Classic", "Compact", "Deluxe", "Eco", "Smart", "Vintage", "Ultra", "Pro" };
const QStringList kCategories { "Books|Cookbook|Novel|Atlas", "Electronics|Headphones|Charger|Speaker",
    "Kitchen|Kettle|Knife Set|Coffee Grinder", "Garden|Watering Can|Hose|Planter", "Toys|Puzzle|Kite|Building Blocks",
    "Sports|Yoga Mat|Water Bottle|Tennis Racket" };
const QStringList kTags { "bestseller", "new", "sale", "eco-friendly", "gift-idea", "limited", "bundle" };
const QStringList kPayments { "CARD", "PAYPAL", "BANK_TRANSFER", "GIFT_CARD" };
const QStringList kLanguages { "en", "de", "fr", "pt", "ja" };
const QStringList kGames { "Galaxy Invaders", "Meteor Blasters", "Starship X", "Alien Adventure", "Attack Ships" };

QJsonObject address(DemoRandom& random)
{
    const QStringList city = random.pick(kCities).split(QLatin1Char('|'));
    return { { QStringLiteral("Street"),
                 s(QStringLiteral("%1 %2").arg(random.between(1, 240)).arg(random.pick(kStreets))) },
        { QStringLiteral("City"), s(city[0]) }, { QStringLiteral("Country"), s(city[1]) },
        { QStringLiteral("PostalCode"), s(city[2]) } };
}

QString orderStatus(DemoRandom& random, qint64 ageDays)
{
    if (random.chance(5))
        return QStringLiteral("CANCELLED");
    if (ageDays > 14)
        return random.chance(6) ? QStringLiteral("RETURNED") : QStringLiteral("DELIVERED");
    if (ageDays > 4)
        return random.chance(50) ? QStringLiteral("SHIPPED") : QStringLiteral("DELIVERED");
    return random.chance(40) ? QStringLiteral("PENDING")
        : random.chance(50)  ? QStringLiteral("PAID")
                             : QStringLiteral("SHIPPED");
}

} // namespace

QList<DemoTable> DemoDataset::build(quint32 seed, const QDateTime& now)
{
    // Whole hours read better in the item list.
    const QDateTime hour = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
    return { shop(seed, hour), gameScores(seed + 1, hour), sensorReadings(seed + 2, hour) };
}

DemoTable DemoDataset::shop(quint32 seed, const QDateTime& now)
{
    DemoRandom random(seed);
    DemoTable table;
    table.createTableRequest = createTable(QStringLiteral("Shop"), QStringLiteral("PK"), QStringLiteral("SK"),
        { definition(QStringLiteral("PK"), QStringLiteral("S")), definition(QStringLiteral("SK"), QStringLiteral("S")),
            definition(QStringLiteral("OrderStatus"), QStringLiteral("S")),
            definition(QStringLiteral("OrderDate"), QStringLiteral("S")) },
        globalIndex(QStringLiteral("OrdersByStatus"), QStringLiteral("OrderStatus"), QStringLiteral("OrderDate")));

    struct Product {
        QString id;
        QString name;
        qint64 cents;
    };
    QList<Product> products;
    for (int i = 1; i <= 40; ++i) {
        const QStringList category = kCategories[(i - 1) % kCategories.size()].split(QLatin1Char('|'));
        const Product product { QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0')),
            random.pick(kAdjectives) + QLatin1Char(' ') + category[random.between(1, 3)], random.between(299, 19999) };
        products.append(product);
        QStringList tags;
        for (int t = int(random.between(1, 3)); t > 0; --t)
            tags.append(random.pick(kTags));
        tags.removeDuplicates();
        table.items.append({ { QStringLiteral("PK"), s(QStringLiteral("PRODUCT#") + product.id) },
            { QStringLiteral("SK"), s(QStringLiteral("METADATA")) },
            { QStringLiteral("EntityType"), s(QStringLiteral("Product")) },
            { QStringLiteral("ProductId"), s(product.id) }, { QStringLiteral("Name"), s(product.name) },
            { QStringLiteral("Category"), s(category[0]) }, { QStringLiteral("Price"), n(money(product.cents)) },
            { QStringLiteral("Stock"), n(random.between(0, 500)) },
            { QStringLiteral("Rating"), n(tenths(random.between(30, 50))) }, { QStringLiteral("Tags"), ss(tags) } });
    }

    QList<QJsonObject> addresses;
    for (int i = 1; i <= 60; ++i) {
        const QString id = QStringLiteral("u%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString first = random.pick(kFirstNames);
        const QString last = random.pick(kLastNames);
        const QString username = QStringLiteral("%1.%2%3").arg(first, last).arg(i).toLower();
        addresses.append(address(random));
        table.items.append({ { QStringLiteral("PK"), s(QStringLiteral("USER#") + id) },
            { QStringLiteral("SK"), s(QStringLiteral("PROFILE")) },
            { QStringLiteral("EntityType"), s(QStringLiteral("User")) }, { QStringLiteral("UserId"), s(id) },
            { QStringLiteral("Username"), s(username) },
            { QStringLiteral("FullName"), s(first + QLatin1Char(' ') + last) },
            { QStringLiteral("Email"), s(username + QStringLiteral("@example.com")) },
            { QStringLiteral("Phone"),
                random.chance(25) ? null() : s(QStringLiteral("+1-555-%1").arg(random.between(1000, 9999))) },
            { QStringLiteral("CreatedAt"), s(iso(now.addDays(-random.between(30, 900)))) },
            { QStringLiteral("Address"), m(addresses.last()) },
            { QStringLiteral("Preferences"),
                m({ { QStringLiteral("Newsletter"), boolean(random.chance(40)) },
                    { QStringLiteral("Language"), s(random.pick(kLanguages)) } }) },
            { QStringLiteral("LoyaltyPoints"), n(random.between(0, 5000)) } });
    }

    for (int i = 1; i <= 300; ++i) {
        const QString orderId = QStringLiteral("o%1").arg(i, 5, 10, QLatin1Char('0'));
        const int user = int(random.between(0, 59));
        const qint64 ageMinutes = random.between(0, 180 * 24 * 60);
        const QString date = iso(now.addSecs(-ageMinutes * 60));
        qint64 totalCents = 0;
        const int lines = int(random.between(1, 4));
        QList<int> chosen;
        while (chosen.size() < lines) {
            const int p = int(random.between(0, products.size() - 1));
            if (!chosen.contains(p))
                chosen.append(p);
        }
        for (int p : chosen) {
            const Product& product = products[p];
            const qint64 quantity = random.between(1, 3);
            totalCents += quantity * product.cents;
            table.items.append({ { QStringLiteral("PK"), s(QStringLiteral("ORDER#") + orderId) },
                { QStringLiteral("SK"), s(QStringLiteral("ITEM#") + product.id) },
                { QStringLiteral("EntityType"), s(QStringLiteral("OrderItem")) },
                { QStringLiteral("OrderId"), s(orderId) }, { QStringLiteral("ProductId"), s(product.id) },
                { QStringLiteral("ProductName"), s(product.name) }, { QStringLiteral("Quantity"), n(quantity) },
                { QStringLiteral("UnitPrice"), n(money(product.cents)) },
                { QStringLiteral("LineTotal"), n(money(quantity * product.cents)) } });
        }
        const QString userId = QStringLiteral("u%1").arg(user + 1, 4, 10, QLatin1Char('0'));
        table.items.append({ { QStringLiteral("PK"), s(QStringLiteral("USER#") + userId) },
            { QStringLiteral("SK"), s(QStringLiteral("ORDER#") + orderId) },
            { QStringLiteral("EntityType"), s(QStringLiteral("Order")) }, { QStringLiteral("OrderId"), s(orderId) },
            { QStringLiteral("UserId"), s(userId) },
            { QStringLiteral("OrderStatus"), s(orderStatus(random, ageMinutes / (24 * 60))) },
            { QStringLiteral("OrderDate"), s(date) }, { QStringLiteral("Total"), n(money(totalCents)) },
            { QStringLiteral("ItemCount"), n(lines) }, { QStringLiteral("PaymentMethod"), s(random.pick(kPayments)) },
            { QStringLiteral("ShippingAddress"), m(addresses[user]) } });
    }
    return table;
}

DemoTable DemoDataset::gameScores(quint32 seed, const QDateTime& now)
{
    DemoRandom random(seed);
    DemoTable table;
    table.createTableRequest
        = createTable(QStringLiteral("GameScores"), QStringLiteral("UserId"), QStringLiteral("GameTitle"),
            { definition(QStringLiteral("UserId"), QStringLiteral("S")),
                definition(QStringLiteral("GameTitle"), QStringLiteral("S")),
                definition(QStringLiteral("TopScore"), QStringLiteral("N")) },
            globalIndex(QStringLiteral("GameTitleIndex"), QStringLiteral("GameTitle"), QStringLiteral("TopScore")));
    for (int i = 1; i <= 200; ++i) {
        const QString userId = QStringLiteral("player-%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString name = random.pick(kFirstNames) + QString::number(random.between(1, 99));
        // Every player plays from two to all five games.
        const int skip = int(random.between(0, 3));
        for (int g = 0; g < kGames.size(); ++g) {
            if ((g + i) % kGames.size() < skip)
                continue;
            const qint64 wins = random.between(0, 120);
            table.items.append({ { QStringLiteral("UserId"), s(userId) }, { QStringLiteral("GameTitle"), s(kGames[g]) },
                { QStringLiteral("PlayerName"), s(name) },
                { QStringLiteral("TopScore"), n(random.between(100, 99999)) },
                { QStringLiteral("TopScoreDateTime"), s(iso(now.addSecs(-random.between(0, 90 * 24 * 3600)))) },
                { QStringLiteral("Wins"), n(wins) }, { QStringLiteral("Losses"), n(random.between(0, 120)) },
                { QStringLiteral("Level"), n(1 + wins / 10) } });
        }
    }
    return table;
}

DemoTable DemoDataset::sensorReadings(quint32 seed, const QDateTime& now)
{
    DemoRandom random(seed);
    DemoTable table;
    table.ttlAttribute = QStringLiteral("ExpiresAt");
    table.createTableRequest
        = createTable(QStringLiteral("SensorReadings"), QStringLiteral("SensorId"), QStringLiteral("Timestamp"),
            { definition(QStringLiteral("SensorId"), QStringLiteral("S")),
                definition(QStringLiteral("Timestamp"), QStringLiteral("S")) });
    constexpr int kReadings = 60; // per sensor, newest at now
    constexpr qint64 kInterval = 4 * 3600; // seconds between readings
    constexpr qint64 kRetention = 7 * 24 * 3600;
    for (int i = 1; i <= 24; ++i) {
        const QString sensorId = QStringLiteral("sensor-%1").arg(i, 3, 10, QLatin1Char('0'));
        const QJsonObject location { { QStringLiteral("Building"), s(QStringLiteral("B%1").arg((i - 1) / 8 + 1)) },
            { QStringLiteral("Floor"), n((i - 1) % 8 / 2) },
            { QStringLiteral("Room"), s(QStringLiteral("R%1").arg(100 + i)) } };
        const qint64 baseTenths = random.between(180, 240); // 18.0 to 24.0 °C
        qint64 battery = random.between(70, 100);
        for (int r = kReadings - 1; r >= 0; --r) {
            const qint64 at = now.toSecsSinceEpoch() - r * kInterval;
            const qint64 temperature = baseTenths + random.between(-25, 25) + (random.chance(3) ? 150 : 0);
            if (random.chance(20))
                battery = qMax<qint64>(battery - 1, 5);
            table.items.append({ { QStringLiteral("SensorId"), s(sensorId) },
                { QStringLiteral("Timestamp"), s(iso(QDateTime::fromSecsSinceEpoch(at, Qt::UTC))) },
                { QStringLiteral("Temperature"), n(tenths(temperature)) },
                { QStringLiteral("Humidity"), n(random.between(30, 70)) },
                { QStringLiteral("BatteryLevel"), n(battery) },
                { QStringLiteral("Status"), s(temperature > 300 ? QStringLiteral("ALERT") : QStringLiteral("OK")) },
                { QStringLiteral("Location"), m(location) }, { QStringLiteral("ExpiresAt"), n(at + kRetention) } });
        }
    }
    return table;
}

} // namespace dynoscope::ui
