'help vol-create-as; help vol-resize; help vol-name'
