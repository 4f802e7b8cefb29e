net-update nosuch bogus bogus x
