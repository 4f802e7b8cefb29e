'help setmem; help setmaxmem; help setvcpus; help vcpucount; help autostart; help edit; help desc; help metadata; help event'
