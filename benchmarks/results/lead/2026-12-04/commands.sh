#!/bin/bash
# quiet-window measurements; run with the final benchmarks jar at /tmp/j/bench-final.jar
set -x
cd /tmp/j
uptime > /tmp/j/quiet-uptime.txt
W='WrapperOverheadBenchmark.primaryKeyLookup'
java -Djmh.ignoreLock=true -jar bench-old.jar $W -p backend=h2 -p wrapper=raw,leanjdbc,forwarding -f 2 -wi 4 -w 2 -i 6 -r 2 -prof gc -rf json -rff /tmp/j/q-wrappers-old.json > /tmp/j/q-wrappers-old.log 2>&1
uptime >> /tmp/j/quiet-uptime.txt
java -Djmh.ignoreLock=true -jar bench-final.jar $W -p backend=h2 -p wrapper=raw,leanjdbc,leanjdbc-test,forwarding -f 2 -wi 4 -w 2 -i 6 -r 2 -prof gc -rf json -rff /tmp/j/q-wrappers-new.json > /tmp/j/q-wrappers-new.log 2>&1
uptime >> /tmp/j/quiet-uptime.txt
P='ProductionOverheadBenchmark.request'
java -Djmh.ignoreLock=true -jar bench-final.jar $P -p db=H2 -p lookups=1 -p implementation=analyzer,filter,production,production-otel-span,production-otel -f 2 -wi 6 -w 2 -i 5 -r 2 -prof gc -rf json -rff /tmp/j/q-production-1.json > /tmp/j/q-production-1.log 2>&1
uptime >> /tmp/j/quiet-uptime.txt
java -Djmh.ignoreLock=true -jar bench-final.jar $P -p db=H2 -p lookups=5 -p implementation=analyzer,filter,production-otel-span,production-otel -f 2 -wi 6 -w 2 -i 5 -r 2 -prof gc -rf json -rff /tmp/j/q-production-5.json > /tmp/j/q-production-5.log 2>&1
uptime >> /tmp/j/quiet-uptime.txt
java -Djmh.ignoreLock=true -jar bench-final.jar 'StreamingBenchmark.readAll' -p db=H2,POSTGRES -p impl=raw,leanSql,leanJooq,jooqStreaming,jooqFetchStream,jooqFetch -f 1 -prof gc -rf json -rff /tmp/j/q-streaming.json > /tmp/j/q-streaming.log 2>&1
uptime >> /tmp/j/quiet-uptime.txt
java -Djmh.ignoreLock=true -jar bench-final.jar 'DetectorsBenchmark' -prof gc -rf json -rff /tmp/j/q-detectors.json > /tmp/j/q-detectors.log 2>&1
uptime >> /tmp/j/quiet-uptime.txt
java -cp bench-final.jar dev.leanjdbc.benchmarks.streaming.HeapRun --rows 2000000 --out /tmp/j/q-heap.json > /tmp/j/q-heap.log 2>&1
uptime >> /tmp/j/quiet-uptime.txt
echo done > /tmp/j/quiet.done
