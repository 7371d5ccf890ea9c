// The ClusterSim module.
