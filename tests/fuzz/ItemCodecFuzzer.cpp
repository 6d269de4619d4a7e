// libFuzzer target for the storage item codec, which reads BLOBs from a
// database file that may be corrupt: decodeItem and appendItemJson must agree
// on what is well formed, never read out of bounds, and a decoded item must
// round-trip (encode, decode) and render as WireJson renders it.
// Built and run by run-fuzzers.sh.
#include "model/ItemCodec.h"
#include "model/ItemSize.h"
#include "model/WireJson.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace dynoscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    Item item;
    const bool decoded = ItemCodec::decodeItem(bytes, item);
    std::string json = "prefix";
    std::size_t itemSize = 0;
    const bool rendered = ItemCodec::appendItemJson(bytes, json, &itemSize);
    if (decoded != rendered)
        std::abort();
    if (!decoded) {
        if (json != "prefix") // a failed render leaves the output as it was
            std::abort();
        return 0;
    }
    std::string expected = "prefix";
    WireJson::appendItemJson(expected, item);
    if (json != expected || itemSize != ItemSize::itemSize(item))
        std::abort();
    Item again;
    if (!ItemCodec::decodeItem(ItemCodec::encodeItem(item), again) || !(again == item))
        std::abort();
    return 0;
}
