pool-create @DATA@/nonexistent.xml --overwrite --no-overwrite
