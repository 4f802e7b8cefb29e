'echo --shell "a b" "" x\$y a-b_c.d+e/f:g@h,i=j%k; echo --xml "<a href=\"x\">&\x27</a>"; echo --split a,b,,c d,e; echo --hi; echo --str x; echo -- --all; echo'
