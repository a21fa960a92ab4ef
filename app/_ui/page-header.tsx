export function PageHeader({ title, intro }: { title: string; intro?: string }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      {intro ? <p className="mt-2 max-w-prose text-muted">{intro}</p> : null}
    </div>
  );
}
