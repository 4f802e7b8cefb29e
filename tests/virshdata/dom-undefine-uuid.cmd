'define @DATA@/dom-demo.xml; undefine 4dea22b3-1d52-d8f3-2516-782e98ab3fa0'
