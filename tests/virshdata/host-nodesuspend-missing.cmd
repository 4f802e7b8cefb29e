nodesuspend mem
