'vol-create-as default-pool v1 1M; vol-download v1 /nonexistent/dir/x --pool default-pool'
