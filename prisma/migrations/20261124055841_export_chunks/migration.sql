-- CreateTable
CREATE TABLE "export_chunks" (
    "job_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "export_chunks_pkey" PRIMARY KEY ("job_id","seq")
);

-- AddForeignKey
ALTER TABLE "export_chunks" ADD CONSTRAINT "export_chunks_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "export_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
