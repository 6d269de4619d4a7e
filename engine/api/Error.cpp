// DynamoDB's error names, wire types and HTTP statuses.
#include <dynoscope/Error.h>

namespace dynoscope {

Error::Error(Code code, std::string message) : m_code(code), m_message(std::move(message)) {}

Error Error::validation(std::string message) { return Error(Code::Validation, std::move(message)); }
Error Error::serialization(std::string message) { return Error(Code::Serialization, std::move(message)); }
Error Error::unknownOperation(std::string message) { return Error(Code::UnknownOperation, std::move(message)); }
Error Error::resourceNotFound(std::string message) { return Error(Code::ResourceNotFound, std::move(message)); }
Error Error::resourceInUse(std::string message) { return Error(Code::ResourceInUse, std::move(message)); }
Error Error::conditionalCheckFailed(std::string message)
{
    return Error(Code::ConditionalCheckFailed, std::move(message));
}
Error Error::limitExceeded(std::string message) { return Error(Code::LimitExceeded, std::move(message)); }
Error Error::transactionCanceled(std::string message)
{
    return Error(Code::TransactionCanceled, std::move(message));
}
Error Error::idempotentParameterMismatch(std::string message)
{
    return Error(Code::IdempotentParameterMismatch, std::move(message));
}
Error Error::internal(std::string message) { return Error(Code::InternalServerError, std::move(message)); }

std::string_view Error::name() const
{
    switch (m_code) {
    case Code::Validation: return "ValidationException";
    case Code::Serialization: return "SerializationException";
    case Code::UnknownOperation: return "UnknownOperationException";
    case Code::ResourceNotFound: return "ResourceNotFoundException";
    case Code::ResourceInUse: return "ResourceInUseException";
    case Code::ConditionalCheckFailed: return "ConditionalCheckFailedException";
    case Code::ProvisionedThroughputExceeded: return "ProvisionedThroughputExceededException";
    case Code::LimitExceeded: return "LimitExceededException";
    case Code::ItemCollectionSizeLimitExceeded: return "ItemCollectionSizeLimitExceededException";
    case Code::TransactionCanceled: return "TransactionCanceledException";
    case Code::TransactionConflict: return "TransactionConflictException";
    case Code::TransactionInProgress: return "TransactionInProgressException";
    case Code::IdempotentParameterMismatch: return "IdempotentParameterMismatchException";
    case Code::RequestLimitExceeded: return "RequestLimitExceeded";
    case Code::InternalServerError: return "InternalServerError";
    case Code::MissingAuthenticationToken: return "MissingAuthenticationTokenException";
    case Code::UnrecognizedClient: return "UnrecognizedClientException";
    case Code::InvalidSignature: return "InvalidSignatureException";
    case Code::IncompleteSignature: return "IncompleteSignatureException";
    case Code::AccessDenied: return "AccessDeniedException";
    case Code::ExpiredIterator: return "ExpiredIteratorException";
    case Code::TrimmedDataAccess: return "TrimmedDataAccessException";
    case Code::DuplicateItem: return "DuplicateItemException";
    case Code::RequestTooLarge: return "RequestEntityTooLarge";
    }
    return "InternalServerError";
}

std::string Error::wireType() const
{
    // Protocol, authentication and validation errors come from AWS's service
    // framework (Coral), not from DynamoDB itself, and are typed so on the wire.
    switch (m_code) {
    case Code::Validation:
        return "com.amazon.coral.validate#ValidationException";
    case Code::Serialization:
    case Code::UnknownOperation:
    case Code::MissingAuthenticationToken:
    case Code::UnrecognizedClient:
    case Code::InvalidSignature:
    case Code::IncompleteSignature:
    case Code::AccessDenied:
        return "com.amazon.coral.service#" + std::string(name());
    default:
        return "com.amazonaws.dynamodb.v20120810#" + std::string(name());
    }
}

int Error::httpStatus() const
{
    switch (m_code) {
    case Code::InternalServerError: return 500;
    case Code::RequestTooLarge: return 413;
    default: return 400;
    }
}

} // namespace dynoscope
