'reset test; destroy test; reset test; reset nosuch'
