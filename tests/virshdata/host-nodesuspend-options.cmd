nodesuspend --duration 120 --target hybrid
