// HttpResponse: the status line and headers exactly as sent on the wire.
#include "server/HttpResponse.h"

#include <QTest>

using dynoscope::server::HttpResponse;

namespace {

QString headOf(const HttpResponse& response)
{
    std::string head;
    response.appendHead(head);
    return QString::fromStdString(head);
}

} // namespace

class HttpResponseTest : public QObject {
    Q_OBJECT

private slots:
    void keepAliveHttp11()
    {
        HttpResponse response(200, "{}");
        response.addHeader("Content-Type", "application/x-amz-json-1.0");
        QCOMPARE(headOf(response),
            "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: 2\r\n\r\n");
    }

    void closingHttp11()
    {
        HttpResponse response(413, {});
        response.setKeepAlive(false);
        QCOMPARE(headOf(response), "HTTP/1.1 413 Payload Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    }

    void http10NamesKeepAliveExplicitly()
    {
        HttpResponse keep(400, "abc", 10);
        QCOMPARE(headOf(keep), "HTTP/1.0 400 Bad Request\r\nContent-Length: 3\r\nConnection: keep-alive\r\n\r\n");
        HttpResponse close(404, {}, 10);
        close.setKeepAlive(false);
        QCOMPARE(headOf(close), "HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    }

    void headerLookupIgnoresCase()
    {
        HttpResponse response(200, {});
        response.addHeader("x-amzn-RequestId", "ABC");
        response.addHeader("x-amz-crc32", "0");
        QCOMPARE(QString::fromUtf8(response.header("X-AMZN-REQUESTID")), "ABC");
        QCOMPARE(QString::fromUtf8(response.header("x-amz-crc32")), "0");
        QVERIFY(response.header("Date").empty());
    }
};

QTEST_APPLESS_MAIN(HttpResponseTest)
#include "HttpResponseTest.moc"
