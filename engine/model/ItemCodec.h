// Compact binary serialization of a whole Item for the storage layer's item
// BLOBs. decodeItem treats its input as untrusted: it never reads out of
// bounds and reports corruption instead of crashing.
//
// Format (append-only: new versions may be added, existing ones never change;
// integers are unsigned LEB128 varints):
//   item    := version=0x01 count entry*
//   entry   := nameLength name value
//   value   := type payload                 type = AttributeValue::Type
//   S, B    := length bytes
//   N       := Number::appendSortable form
//   BOOL    := 0x00 | 0x01
//   NULL    := (nothing)
//   M       := count entry*                 names in ascending order
//   L       := count value*
//   SS, BS  := count (length bytes)*
//   NS      := count (Number::appendSortable form)*
#pragma once

#include <dynoscope/AttributeValue.h>

#include <string>
#include <string_view>

namespace dynoscope::ItemCodec {

std::string encodeItem(const Item& item);
// Appends the encoding of item to out.
void appendItem(std::string& out, const Item& item);

// Decodes data into out (replacing its contents). Returns false when data is
// not a complete, well-formed encoding; out is then unspecified.
bool decodeItem(std::string_view data, Item& out);

// Appends the wire JSON of an encoded item (as WireJson::appendItemJson
// would write the decoded item) and sets *itemSize to its ItemSize::itemSize.
// Returns false, leaving out as it was, when data is corrupt.
bool appendItemJson(std::string_view data, std::string& out, std::size_t* itemSize);

} // namespace dynoscope::ItemCodec
