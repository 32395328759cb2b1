export default function dep() {}
