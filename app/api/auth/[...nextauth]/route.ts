import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";

type TCtx = { params: Promise<{ nextauth: string[] }> };

// Options are built per call so env validation happens at request time, not at build.
async function handler(req: Request, ctx: TCtx) {
  return NextAuth(req as never, ctx as never, authOptions());
}

export { handler as GET, handler as POST };
