// The periodic upkeep of every stream: trims records older than 24 hours,
// rolls open shards that reached their lifetime over to a child shard, and
// retires shards and disabled streams 24 hours after they closed.
#pragma once

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::streams {

class StreamMaintenance {
public:
    // Takes the write lease for one transaction.
    static void run(EngineImpl& engine);
};

} // namespace dynoscope::streams
