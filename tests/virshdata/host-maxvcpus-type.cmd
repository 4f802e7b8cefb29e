'maxvcpus --type kvm; maxvcpus --type test; maxvcpus foo'
