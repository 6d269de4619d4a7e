// Stream trimming, shard rollover and retirement.
#include "streams/StreamMaintenance.h"

#include "ops/EngineImpl.h"
#include "streams/StreamLimits.h"
#include "streams/StreamStore.h"

namespace dynoscope::streams {

void StreamMaintenance::run(EngineImpl& engine)
{
    storage::WriteLease lease(engine.store());
    storage::Database& db = lease.db();
    const std::int64_t now = engine.nowMillis();
    storage::Transaction tx(db, true);
    StreamStore::trimRecords(db, now - kRetentionMillis);
    for (const StreamRow& stream : StreamStore::allStreams(db)) {
        if (stream.disabledAt && now - *stream.disabledAt >= kRetentionMillis) {
            StreamStore::deleteStream(db, stream.id);
            continue;
        }
        for (const ShardRow& shard : StreamStore::shards(db, stream.id)) {
            if (shard.closedAt && now - *shard.closedAt >= kRetentionMillis)
                StreamStore::deleteShard(db, shard.id);
            else if (!shard.closedAt && now - shard.createdAt >= engine.options().streamShardLifetimeMillis)
                StreamStore::rollShard(db, stream, shard, now);
        }
    }
    tx.commit();
}

} // namespace dynoscope::streams
