import type { InterviewGrade } from "@/app/_domain/interview";

export type PracticePrompt = { id: string; promptHtml: string; seconds: { short: number; detailed: number } };
export type GradeResponse = InterviewGrade & { model: { short: string; detailed: string } };
