// The one door to a DynamoDB: the embedded engine or a remote endpoint.
// Every call is asynchronous and never runs on the GUI thread; its Reply
// comes back to the GUI thread. The request the UI sends is
// exactly the DynamoDB request it shows the user and turns into code.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>

namespace dynoscope::ui {

// Which wire API an operation belongs to.
enum class WireApi { DynamoDB, Streams, Dynoscope };

struct Reply {
    quint64 id = 0;
    QString operation;
    QString tableName;     // from the request's TableName, when it has one
    QByteArray request;    // the JSON sent
    bool ok = false;
    QByteArray body;       // the JSON response when ok
    QString errorType;     // e.g. "ValidationException" (short name), when !ok
    QString errorMessage;  // DynamoDB's message, or a transport error
    int httpStatus = 0;    // 200 on success; 0 when no HTTP was involved
    qint64 latencyMicros = 0;
    bool cancelled = false;
};

class Connection : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Reply&)>;

    explicit Connection(QObject* parent = nullptr) : QObject(parent) {}
    ~Connection() override = default;

    // "Embedded: ~/…/default.dynoscope", "https://dynamodb.eu-west-1.amazonaws.com".
    virtual QString displayName() const = 0;
    virtual bool isEmbedded() const = 0;

    // Sends one operation. The callback runs on the GUI thread, after
    // replied() was emitted, unless context was destroyed meanwhile.
    // Returns the call's id.
    quint64 send(const QString& operation, const QByteArray& requestJson, QObject* context, Callback callback,
                 WireApi api = WireApi::DynamoDB);

    // Asks a call to stop: its callback then receives a Reply with
    // cancelled set (unless the reply already arrived).
    virtual void cancel(quint64 id) = 0;

signals:
    // Every reply of every call, for the request log (on the GUI thread).
    void replied(const dynoscope::ui::Reply& reply);

protected:
    // Performs the call; must eventually call complete() exactly once.
    // REQUIRES: returns quickly; the work happens elsewhere.
    virtual void start(quint64 id, WireApi api, const QString& operation, const QByteArray& requestJson) = 0;
    // Delivers a reply (from any thread).
    void complete(Reply reply);

private:
    struct Pending {
        QPointer<QObject> context;
        Callback callback;
    };
    std::atomic<quint64> m_nextId{1};
    QHash<quint64, Pending> m_pending; // GUI thread only
};

} // namespace dynoscope::ui

Q_DECLARE_METATYPE(dynoscope::ui::Reply)
