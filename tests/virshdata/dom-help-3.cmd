'help save-image-dumpxml; help save-image-define; help save-image-edit; help managedsave; help managedsave-remove'
