// The DynamoDB error carried through the engine: a type (ValidationException,
// ConditionalCheckFailedException, ...) and DynamoDB's message, with one
// factory per DynamoDB error, as in Alternator's api_error.
#pragma once

#include <string>
#include <string_view>

namespace dynoscope {

class Error {
public:
    // Append-only: the numeric values may be persisted in logs.
    enum class Code : unsigned char {
        Validation,
        Serialization,
        UnknownOperation,
        ResourceNotFound,
        ResourceInUse,
        ConditionalCheckFailed,
        ProvisionedThroughputExceeded,
        LimitExceeded,
        ItemCollectionSizeLimitExceeded,
        TransactionCanceled,
        TransactionConflict,
        TransactionInProgress,
        IdempotentParameterMismatch,
        RequestLimitExceeded,
        InternalServerError,
        MissingAuthenticationToken,
        UnrecognizedClient,
        InvalidSignature,
        IncompleteSignature,
        AccessDenied,
        ExpiredIterator,
        TrimmedDataAccess,
        DuplicateItem,
        RequestTooLarge,
    };

    Error(Code code, std::string message);

    static Error validation(std::string message);
    static Error serialization(std::string message);
    static Error unknownOperation(std::string message);
    static Error resourceNotFound(std::string message);
    static Error resourceInUse(std::string message);
    static Error conditionalCheckFailed(std::string message = "The conditional request failed");
    static Error limitExceeded(std::string message);
    // The message lists the cancellation reason codes; the caller adds the
    // "CancellationReasons" array with setExtraJsonMembers().
    static Error transactionCanceled(std::string message);
    static Error idempotentParameterMismatch(std::string message);
    static Error internal(std::string message);

    Code code() const { return m_code; }
    const std::string& message() const { return m_message; }

    // Short name as DynamoDB spells it, e.g. "ValidationException".
    std::string_view name() const;
    // The "__type" of the wire body, e.g.
    // "com.amazonaws.dynamodb.v20120810#ValidationException".
    std::string wireType() const;
    // HTTP status DynamoDB answers this error with.
    int httpStatus() const;

    // For ConditionalCheckFailedException with
    // ReturnValuesOnConditionCheckFailure=ALL_OLD: the item, as a wire JSON
    // object text ("{...}") ready to embed as "Item". Empty when absent.
    const std::string& itemJson() const { return m_itemJson; }
    void setItemJson(std::string json) { m_itemJson = std::move(json); }

    // Extra members for the error body (e.g. "CancellationReasons"), as the
    // text of JSON members without braces: "\"CancellationReasons\":[...]".
    const std::string& extraJsonMembers() const { return m_extra; }
    void setExtraJsonMembers(std::string members) { m_extra = std::move(members); }

private:
    Code m_code;
    std::string m_message;
    std::string m_itemJson;
    std::string m_extra;
};

} // namespace dynoscope
