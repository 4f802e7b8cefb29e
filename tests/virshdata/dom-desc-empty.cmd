'desc test hello; desc test ""; desc test'
