save test /nonexistent/dir/test.img
