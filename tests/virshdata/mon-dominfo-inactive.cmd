'define @DATA@/mon-demo.xml; dominfo demo; start demo; dominfo demo; destroy demo; dominfo 4dea22b3-1d52-d8f3-2516-782e98ab3fa0'
