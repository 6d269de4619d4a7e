// Explanations for DynamoDB's errors (see "Error handling with DynamoDB" in
// the DynamoDB Developer Guide for what each one means).
#include "common/ErrorExplanation.h"

#include <QRegularExpression>

namespace dynoscope::ui {

QString ErrorExplanation::explain(const QString& type, const QString& message)
{
    if (type == QLatin1String("ValidationException"))
        return explainValidation(message);
    if (type == QLatin1String("ConditionalCheckFailedException"))
        return tr("The item did not meet the request's condition (for example, it already existed, or it changed "
                  "since it was read), so nothing was written.");
    if (type == QLatin1String("ProvisionedThroughputExceededException"))
        return tr("The table or index used more capacity than it has. Wait and retry, raise its provisioned "
                  "capacity, or switch it to on-demand.");
    if (type == QLatin1String("ThrottlingException"))
        return tr("DynamoDB receives requests faster than it accepts them (often table operations such as "
                  "CreateTable). Wait a moment and retry.");
    if (type == QLatin1String("RequestLimitExceeded"))
        return tr("The account's throughput quota is used up. Retry later, or ask AWS Support for a higher quota.");
    if (type == QLatin1String("LimitExceededException"))
        return tr("Too many table or index operations run at once, or an account quota (such as the number of "
                  "tables) is reached. Wait for running operations to finish and retry.");
    if (type == QLatin1String("ResourceNotFoundException"))
        return tr("The table or index does not exist in this account and region, or is not active yet. Check its "
                  "name and the connection's region.");
    if (type == QLatin1String("ResourceInUseException"))
        return tr("The table or index already exists, or is being created, changed or deleted. Wait until it is "
                  "active and retry.");
    if (type == QLatin1String("TransactionCanceledException"))
        return tr("DynamoDB cancelled the whole transaction and wrote nothing. The reasons in brackets follow the "
                  "order of the transaction's actions; None marks an action that was not at fault.");
    if (type == QLatin1String("TransactionConflictException"))
        return tr("Another transaction is changing the same item at this moment. Retry after a short wait.");
    if (type == QLatin1String("ItemCollectionSizeLimitExceededException"))
        return tr("In a table with local secondary indexes, the items that share a partition key value can hold at "
                  "most 10 GB together. Delete some of them or spread the data over more partition key values.");
    if (type == QLatin1String("UnrecognizedClientException"))
        return tr("The endpoint does not know this access key. Check the connection's credentials (profile, "
                  "environment variables or typed keys).");
    if (type == QLatin1String("InvalidSignatureException") || type == QLatin1String("IncompleteSignatureException"))
        return tr("The request's signature does not match. Check the secret access key, the connection's region "
                  "and this computer's clock.");
    if (type == QLatin1String("AccessDeniedException") || type == QLatin1String("AccessDenied"))
        return tr("The credentials are valid, but their IAM policies do not allow this action on this resource.");
    if (type == QLatin1String("ExpiredTokenException"))
        return tr("The session's credentials have expired. Renew them (for example with aws sso login) and "
                  "reconnect.");
    if (type == QLatin1String("InternalServerError") || type == QLatin1String("ServiceUnavailable"))
        return tr("A temporary problem on the endpoint's side. Retry the request.");
    if (type == QLatin1String("NetworkError"))
        return tr("The endpoint cannot be reached. Check its URL and your network connection; a local endpoint "
                  "must be running.");
    if (type == QLatin1String("HttpError"))
        return tr("The endpoint answered, but not as DynamoDB does. Check that the URL points to a DynamoDB "
                  "endpoint.");
    return {};
}

QString ErrorExplanation::explainValidation(const QString& message)
{
    static const QRegularExpression reservedWord(QStringLiteral("reserved keyword: (\\S+)"));
    const QRegularExpressionMatch reserved = reservedWord.match(message);
    if (reserved.hasMatch())
        return tr("“%1” is a reserved word in DynamoDB expressions. Write a placeholder such as #%1 instead and "
                  "define it in ExpressionAttributeNames.")
            .arg(reserved.captured(1));
    if (message.contains(QLatin1String("protected against deletion")))
        return tr("Deletion protection is on for this table. Turn it off in Table > Change Table first.");
    if (message.contains(QLatin1String("does not match the schema")))
        return tr("A key must name exactly the table's key attributes (the partition key, and the sort key if the "
                  "table has one), with the types the table defines.");
    if (message.contains(QLatin1String("Missing the key")))
        return tr("Every item needs the table's key attributes.");
    if (message.contains(QLatin1String("Type mismatch for key"))
        || message.contains(QLatin1String("Type mismatch for Index Key")))
        return tr("A key attribute must have the type that the table or index defines for it.");
    if (message.contains(QLatin1String("Item size")))
        return tr("An item can be at most 400 KB, attribute names included. Keep large values elsewhere (for example "
                  "in Amazon S3) and store a reference in the item.");
    if (message.contains(QLatin1String("missed key schema element")))
        return tr("A key condition must compare the partition key with “=”; it may also test the sort key.");
    if (message.contains(QLatin1String("is not defined; attribute")))
        return tr("Every #name and :value placeholder in an expression must be defined in ExpressionAttributeNames "
                  "or ExpressionAttributeValues.");
    if (message.contains(QLatin1String("unused in expressions")))
        return tr("DynamoDB refuses placeholders that no expression uses. Remove them from the request.");
    return {};
}

QString ErrorExplanation::explainText(const QString& text)
{
    static const QRegularExpression typed(
        QStringLiteral("^([A-Za-z]+): (.*)$"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = typed.match(text);
    return match.hasMatch() ? explain(match.captured(1), match.captured(2)) : QString();
}

QString ErrorExplanation::withExplanation(const QString& text)
{
    const QString explanation = explainText(text);
    return explanation.isEmpty() ? text : text + QLatin1Char('\n') + explanation;
}

} // namespace dynoscope::ui
