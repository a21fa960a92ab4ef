"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  // signOut leaves the page: nothing waits for its promise.
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/" })} className="rounded-md px-2.5 py-2 text-sm hover:bg-border/60">
      {label}
    </button>
  );
}
