'destroy test; desc test --live; desc test --live x; desc test x; desc test'
