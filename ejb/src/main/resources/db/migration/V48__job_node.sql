-- Which node runs each job execution, and which node resumed it after its node died: the job
-- repository does not record the node, and exactly one node may resume an execution.
CREATE TABLE job_node (
    execution_id BIGINT       PRIMARY KEY,
    node         VARCHAR(100) NOT NULL,
    started_at   TIMESTAMP    NOT NULL,
    resumed_by   VARCHAR(100),
    resumed_at   TIMESTAMP
);
