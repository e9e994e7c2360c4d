#!/bin/sh
# Compiles the gazetteer's name automata (the region finder's place names and context forms) into
# src/main/resources/com/flagmark/nlp/region/, where the finder reads them instead of building
# them as the suggestions warm up. Run it after build.js changed the gazetteer: until then
# CompiledNamesTest fails, as the resources no longer match it.
set -e
cd "$(dirname "$0")/../.."
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/compile-names.classpath
java -cp "target/test-classes:target/classes:$(cat target/compile-names.classpath)" \
    com.flagmark.nlp.region.CompileNames src/main/resources/com/flagmark/nlp/region
