import { ZApiAnnotationImport } from "@/lib/api/contracts";
import { handle, readJson } from "@/lib/api-handler";
import { importAnnotations } from "@/lib/annotations/import-annotations";
import { getSession } from "@/lib/auth";
import { ZArticleRef } from "@/lib/claims/schemas";
import { parseInput } from "@/lib/validation";

// An annotation file is larger than a claim: 5,000 annotations with their context.
const MAX_ANNOTATION_FILE_BYTES = 4 * 1024 * 1024;

// POST the file's JSON as the body: W3C Web Annotation JSON-LD or a Hypothesis export.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(ZApiAnnotationImport, async () => {
    const { id } = await params;
    const { articleId } = parseInput(ZArticleRef, { articleId: id });
    const document = await readJson(request, MAX_ANNOTATION_FILE_BYTES);
    return importAnnotations(await getSession(), { articleId, document });
  }, 201);
}
