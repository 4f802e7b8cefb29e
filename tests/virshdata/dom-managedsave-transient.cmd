'create @DATA@/dom-transient.xml; managedsave transient; managedsave nosuch'
